# zsh -f zsh-complete.zsh FPATH_DIR LINE
# Prints, one per line, what zsh's own completion system offers for LINE with
# the completion functions in FPATH_DIR: an interactive zsh on a
# pseudo-terminal is sent LINE and a Tab, and its compadd reports each match.
zmodload zsh/zpty || exit 2
dir=$1
line=$2
setup=$(mktemp)
cat >"$setup" <<SETUP
PROMPT=
fpath=(${(q)dir} \$fpath)
autoload -Uz compinit
compinit -u -D
bindkey '^I' complete-word
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
mark() { print -rn -- \$'\\0'; print }
compprefuncs=(mark)
comppostfuncs=(mark exit)
compadd() {
    # -O, -A and -D only collect matches for the caller; pass them through.
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
        builtin compadd "\$@"
        return
    fi
    local -a hits
    builtin compadd -A hits "\$@"
    local hit
    for hit in \$hits; do print -r -- "\$hit"; done
    builtin compadd "\$@"
}
print ready
SETUP
zpty z zsh -f -i
zpty -w z "source ${(q)setup}"
local out
repeat 300; do
    zpty -r -t z out 2>/dev/null || sleep 0.1
    [[ $out == *ready* ]] && break
done
zpty -w -n z "$line"$'\t'
integer marks=0
local -a matches
# Everything between the two marks is the completion's output.
while zpty -r z out; do
    for each in "${(@f)out}"; do
        each=${each%$'\r'}
        if [[ $each == *$'\0'* ]]; then
            (( ++marks == 2 )) && break 2
            continue
        fi
        (( marks == 1 )) && matches+=("$each")
    done
done
rm -f "$setup"
zpty -d z
print -rl -- $matches
