#!/usr/bin/env python3
"""Checks the catalogue's constants against the libraries' own source text.

The files under libraries/ are the parts of Go, .NET, the Rust http crate,
Spring Framework, Symfony and Rack that declare their status constants (each
names its origin, version and licence in its header). For each ecosystem this
reads every (symbol, code, state) the library declares and compares it with
the catalogue in both directions: every constant the catalogue gives must be
declared with that code and that state (current, deprecated or removed, with
the version where the library says it), and every constant the library
declares for a code the catalogue holds must be in the catalogue. A removed
constant is one the previous major version declares and the current one does
not. Usage: constants_libraries.py CATALOGUE.json [LIBRARIES_DIR]
With --self-test, checks instead that planted mistakes are each reported.
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read(directory, name):
    with open(os.path.join(directory, name), encoding='utf-8') as f:
        return f.read()


def strip_comments(text, marker):
    return '\n'.join(line for line in text.splitlines() if not line.lstrip().startswith(marker))


def go(directory):
    text = strip_comments(read(directory, 'go-status.go'), '//')
    block = text[text.index('const ('):]
    block = block[:block.index('\n)')]
    return {f'http.{name}': (int(code), 'current', None)
            for name, code in re.findall(r'^\s*(Status\w+)\s*=\s*(\d+)', block, re.M)}


def dotnet(directory):
    text = strip_comments(read(directory, 'dotnet-HttpStatusCode.cs'), '//')
    block = text[text.index('enum HttpStatusCode'):]
    return {f'HttpStatusCode.{name}': (int(code), 'current', None)
            for name, code in re.findall(r'^\s*(\w+)\s*=\s*(\d+)\s*,?\s*$', block, re.M)}


def rust(directory):
    text = strip_comments(read(directory, 'rust-http-status.rs'), '//')
    return {f'StatusCode::{name}': (int(code), 'current', None)
            for code, name in re.findall(r'^\s*\((\d+),\s*(\w+),\s*"', text, re.M)}


def spring_file(directory, name):
    """Every enum constant, with the version its @Deprecated names (or '' if none)."""
    text = read(directory, name)
    body = text[text.index('public enum HttpStatus'):]
    found = {}
    for deprecated, since, symbol, code in re.findall(
            r'^\t(?:(@Deprecated)(?:\(since\s*=\s*"([^"]*)"\))?[ \t]*\n\t)?([A-Z_]+)\((\d+),', body, re.M):
        found[f'HttpStatus.{symbol}'] = (int(code), 'deprecated' if deprecated else 'current', since or None)
    return found


def spring(directory):
    current = spring_file(directory, 'spring-HttpStatus-7.0.9.java')
    previous = spring_file(directory, 'spring-HttpStatus-6.2.19.java')
    removed = {symbol: (code, 'removed', '7.0') for symbol, (code, _, _) in previous.items() if symbol not in current}
    return {**current, **removed}


def symfony(directory):
    text = read(directory, 'symfony-Response.php')
    found = {}
    for doc, name, code in re.findall(r'((?:/\*\*(?:(?!\*/).)*\*/\s*)?)public const (HTTP_\w+) = (\d+);', text, re.S):
        found[f'Response::{name}'] = (int(code), 'deprecated' if '@deprecated' in doc else 'current', None)
    return found


def rack(directory):
    text = strip_comments(read(directory, 'rack-utils.rb'), '#')
    table = text[text.index('HTTP_STATUS_CODES = {'):]
    table = table[:table.index('}')]
    found = {}
    for code, message in re.findall(r"(\d+) => '([^']*)'", table):
        # As Rack derives SYMBOL_TO_STATUS_CODE: message.downcase.gsub(/\s|-/, '_')
        found[':' + re.sub(r'[\s-]', '_', message.lower())] = (int(code), 'current', None)
    obsolete = text[text.index('OBSOLETE_SYMBOLS_TO_STATUS_CODES = {'):]
    obsolete = obsolete[:obsolete.index('}')]
    for name, code in re.findall(r'(\w+):\s*(\d+)', obsolete):
        found[f':{name}'] = (int(code), 'deprecated', None)
    return found


LIBRARIES = {'go': go, 'dotnet': dotnet, 'rust': rust, 'java-spring': spring, 'php-symfony': symfony,
             'ruby-rack': rack}


def catalogue_constants(entry, language):
    """(symbol, state, since) for each constant the catalogue gives in language."""
    value = entry.get('constants', {}).get(language)
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    result = []
    for item in items:
        if isinstance(item, str):
            result.append((item, 'current', None))
        else:
            result.append((item['symbol'], item.get('state', 'current'), item.get('since')))
    return result


def compare(catalogue, language, declared):
    problems = []
    codes = {e['code']: e for e in catalogue['codes']}
    given = {}
    for code, entry in codes.items():
        for symbol, state, since in catalogue_constants(entry, language):
            given[symbol] = (code, state, since)
            if symbol not in declared:
                problems.append(f'{language} {code}: the catalogue gives {symbol}, the library declares no such constant')
                continue
            real_code, real_state, real_since = declared[symbol]
            if real_code != code:
                problems.append(f'{language} {code}: the catalogue gives {symbol}, the library declares it as {real_code}')
            if real_state != state:
                problems.append(f'{language} {code}: the catalogue says {symbol} is {state}, the library: {real_state}')
            elif real_since is not None and since != real_since:
                problems.append(f'{language} {code}: the catalogue says {symbol} is {state} since {since}, '
                                f'the library: since {real_since}')
            if state != 'current' and not since:
                problems.append(f'{language} {code}: {symbol} is {state} but the catalogue names no version')
    for symbol, (code, state, _) in sorted(declared.items(), key=lambda item: item[1][0]):
        if code in codes and symbol not in given:
            problems.append(f'{language} {code}: the library declares {symbol} ({state}), the catalogue does not give it')
    return problems


def self_test(catalogue, directory):
    """Each planted mistake must be reported, naming the constant."""
    def planted(change):
        mutated = copy.deepcopy(catalogue)
        codes = {e['code']: e for e in mutated['codes']}
        language = change(codes)
        return compare(mutated, language, LIBRARIES[language](directory))
    cases = {
        'HttpStatus.USE_PROXY': lambda codes: codes[305]['constants'].update(
            {'java-spring': 'HttpStatus.USE_PROXY'}) or 'java-spring',            # removed, given as current
        'HttpStatus.PAYLOAD_TOO_LARGE': lambda codes: codes[413]['constants'].update(
            {'java-spring': ['HttpStatus.CONTENT_TOO_LARGE', 'HttpStatus.PAYLOAD_TOO_LARGE',
                             {'symbol': 'HttpStatus.REQUEST_ENTITY_TOO_LARGE', 'state': 'removed', 'since': '7.0'}]})
            or 'java-spring',                                                      # deprecated, given as current
        'http.StatusTeapot': lambda codes: codes[418]['constants'].pop('go') and 'go',   # left out
        'StatusCode::NOT_FOUND': lambda codes: codes[410]['constants'].update(
            {'rust': 'StatusCode::NOT_FOUND'}) or 'rust',                          # wrong number
        ':payload_too_large': lambda codes: codes[413]['constants'].update(
            {'ruby-rack': [':content_too_large', {'symbol': ':payload_too_large', 'state': 'removed', 'since': '3.1'}]})
            or 'ruby-rack',                                                        # deprecated, given as removed
    }
    failures = []
    for symbol, change in cases.items():
        problems = planted(change)
        if not any(symbol in problem for problem in problems):
            failures.append(f'a planted mistake on {symbol} went unreported: {problems}')
    print('\n'.join(failures) or f'ok: {len(cases)} planted mistakes reported')
    return 1 if failures else 0


def main():
    arguments = [a for a in sys.argv[1:] if a != '--self-test']
    catalogue = json.load(open(arguments[0], encoding='utf-8'))
    directory = arguments[1] if len(arguments) > 1 else os.path.join(HERE, 'libraries')
    if '--self-test' in sys.argv:
        return self_test(catalogue, directory)
    problems = []
    counts = []
    versions = {e['id']: e['version'] for e in catalogue.get('ecosystems', [])}
    for language, parse in LIBRARIES.items():
        declared = parse(directory)
        if len(declared) < 50:
            problems.append(f'{language}: only {len(declared)} constants parsed; has the vendored file changed shape?')
        if language not in versions:
            problems.append(f'{language}: the catalogue\'s ecosystems list names no version')
        problems += compare(catalogue, language, declared)
        counts.append(f'{language} {len(declared)}')
    print('\n'.join(problems) or 'ok: ' + ', '.join(counts) + ' constants compared both ways')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
