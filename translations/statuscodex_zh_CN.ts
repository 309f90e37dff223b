<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheatSheet</name>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>In one line (English)</source>
        <translation>一句话（英文）</translation>
    </message>
    <message>
        <source>In one line (Chinese)</source>
        <translation>一句话（中文）</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>一句话</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The footer of a printed page: &quot;Page 1 of 2&quot;.</extracomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>HTTP Status Codes</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message numerus="yes">
        <source>%n registered codes, by class</source>
        <translation>
            <numerusform>按类别列出的 %n 个已注册状态码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang needs a value: zh or en</source>
        <translation>--lang 需要一个值：zh 或 en</translation>
    </message>
    <message>
        <source>--catalogue needs a file name</source>
        <translation>--catalogue 需要一个文件名</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>show takes one code, for example: show 404</source>
        <translation>show 需要一个状态码，例如：show 404</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code: give three digits, such as 404</source>
        <translation>“%1”不是状态码：请给出三位数字，例如 404</translation>
    </message>
    <message>
        <source>search needs a query, for example: search &quot;not found&quot;</source>
        <translation>search 需要查询内容，例如：search &quot;not found&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Try status-codex --help.</source>
        <translation>运行 status-codex --help 查看用法。</translation>
    </message>
    <message>
        <source>this command opens a window</source>
        <translation>此命令会打开窗口</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue</source>
        <translation>目录中没有 %1</translation>
    </message>
    <message>
        <source>no code matches &quot;%1&quot;</source>
        <translation>没有与“%1”匹配的状态码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A fact about a status code on the command line: &quot;Status: Standard&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--count needs a number of questions from 1 to 1000</source>
        <translation>--count 需要一个 1 到 1000 之间的题目数量</translation>
    </message>
    <message>
        <source>--deck: &quot;%1&quot; is not a deck; the decks are %2</source>
        <translation>--deck：“%1”不是牌组；可用的牌组有 %2</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a question kind; the kinds are %2</source>
        <translation>--kind：“%1”不是题型；可用的题型有 %2</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir 需要一个目录</translation>
    </message>
    <message>
        <source>--cards goes with progress</source>
        <translation>--cards 只能与 progress 一起使用</translation>
    </message>
    <message>
        <source>--count, --deck and --kind go with quiz</source>
        <translation>--count、--deck 和 --kind 只能与 quiz 一起使用</translation>
    </message>
    <message>
        <source>--data-dir goes with quiz, progress or the window</source>
        <translation>--data-dir 只能与 quiz、progress 或窗口一起使用</translation>
    </message>
    <message>
        <source>--lang: crossed languages (zh-en, en-zh) go with quiz</source>
        <translation>--lang：交叉语言（zh-en、en-zh）只能与 quiz 一起使用</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 不接受参数</translation>
    </message>
    <message>
        <source>not in the catalogue: %1</source>
        <translation>目录中没有：%1</translation>
    </message>
    <message>
        <source>this catalogue has no guide</source>
        <translation>此目录没有选码指南</translation>
    </message>
    <message>
        <source>Answer 1 to %1 (b: back)</source>
        <translation>选择 1 到 %1（b：返回上一题）</translation>
    </message>
    <message>
        <source>That is not one of the answers.</source>
        <translation>这不是可选的答案。</translation>
    </message>
    <message>
        <source>Return %1 %2: %3 (%4)</source>
        <extracomment>The guide&apos;s answer: &quot;Return 410 Gone: the resource ... (RFC 9110, Section 15.5.11)&quot;.</extracomment>
        <translation>返回 %1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>--json goes with show, search, list, progress, compare, guide or explain</source>
        <translation>--json 只能与 show、search、list、progress、compare、guide 或 explain 一起使用</translation>
    </message>
    <message>
        <source>compare takes two to six codes, for example: compare 301 308</source>
        <translation>compare 需要两到六个状态码，例如：compare 301 308</translation>
    </message>
    <message>
        <source>guide takes no arguments</source>
        <translation>guide 不接受参数</translation>
    </message>
    <message>
        <source>no exact match; showing near matches for &quot;%1&quot;</source>
        <translation>没有完全匹配的结果；显示与“%1”相近的结果</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not a paper size; use a4 or letter</source>
        <translation>--paper：“%1”不是可用的纸张大小，请使用 a4 或 letter</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language; use zh or en (or both, for cheatsheet)</source>
        <translation>--lang：“%1”不是可用的语言，请使用 zh 或 en（cheatsheet 还可用 both）</translation>
    </message>
    <message>
        <source>--lang both goes with cheatsheet</source>
        <translation>--lang both 只能与 cheatsheet 一起使用</translation>
    </message>
    <message>
        <source>--paper goes with cheatsheet</source>
        <translation>--paper 只能与 cheatsheet 一起使用</translation>
    </message>
    <message>
        <source>--markdown goes with show</source>
        <translation>--markdown 只能与 show 一起使用</translation>
    </message>
    <message>
        <source>--markdown and --json cannot be used together: choose one</source>
        <translation>--markdown 和 --json 不能同时使用：请选择其一</translation>
    </message>
    <message>
        <source>cheatsheet needs the PDF file to write, for example: cheatsheet codes.pdf</source>
        <translation>cheatsheet 需要指定要写入的 PDF 文件，例如：cheatsheet codes.pdf</translation>
    </message>
    <message>
        <source>cheatsheet takes one file name, not %1</source>
        <translation>cheatsheet 只接受一个文件名，而不是 %1 个</translation>
    </message>
    <message>
        <source>Usage:
  status-codex [--lang zh|en] [--catalogue FILE] [CODE]
      Open the window, on CODE if given (for example: status-codex --lang en 404).
  status-codex show CODE [--lang zh|en] [--json | --markdown]
      Print everything the catalogue holds about CODE; --markdown prints it as
      Markdown, for a note or an issue.
  status-codex search QUERY [--lang zh|en] [--json]
      Print the codes matching QUERY, best first: a code (404), a prefix (40),
      a class (4xx), words of a phrase (&quot;not fou&quot;), a Chinese title or any text.
  status-codex list [--lang zh|en] [--json]
      Print every code.
  status-codex quiz [--count N] [--deck ID] [--kind KIND] [--lang zh|en|zh-en|en-zh]
                   [--data-dir DIR]
      Ask up to N questions (10) from the cards due and new today, reading one
      answer per line: an option number, a code, or for a flashcard a rating 1-4
      (1 Again, 2 Hard, 3 Good, 4 Easy). Decks: standard, common, 1xx .. 5xx,
      starred, unofficial. Kinds: choice, code, source, claim, scenario, flashcard.
      zh-en asks in Chinese with English answers; en-zh the reverse.
  status-codex progress [--json] [--cards] [--data-dir DIR]
      Print what has been studied: reviews, due cards, streak, decks.
  status-codex compare CODE CODE... [--lang zh|en] [--json]
      Compare two to six codes side by side: their facts, summaries and sources.
  status-codex guide [--lang zh|en] [--json]
      Which code should a server return? Answer the questions by number, one per
      line (b goes back); --json prints the whole guide.
  status-codex explain [--lang zh|en] [--json] [LINE...]
      Explain log lines (standard input when none is given): the code each names,
      the server, the likely cause and what to check. Lines it does not recognise
      are counted; the summary counts the codes seen. Exit 1 when none is recognised.
  status-codex cheatsheet FILE.pdf [--lang zh|en|both] [--paper a4|letter]
      Write every registered code, its phrase, title and one line, on at most
      two pages: in Chinese, English, or both side by side (landscape).

Options:
  --lang zh|en      Language of the content and interface.
  --json            Print JSON instead of text.
  --markdown        show: print Markdown instead of text.
  --paper a4|letter cheatsheet: the paper size (a4).
  --catalogue FILE  Read the catalogue from FILE instead of the built-in one.
  --data-dir DIR    Keep study progress in DIR instead of the user&apos;s data folder.
  -h, --help        Show this help.
  -v, --version     Show the version.

Exit status: 0 success, 1 no such code or no match, 2 bad arguments or catalogue,
or a file that cannot be written.
</source>
        <translation>用法：
  status-codex [--lang zh|en] [--catalogue FILE] [CODE]
      打开窗口，若给出 CODE 则显示该状态码（例如：status-codex --lang en 404）。
  status-codex show CODE [--lang zh|en] [--json | --markdown]
      打印目录中关于 CODE 的全部内容；--markdown 以 Markdown 打印，
      便于写进笔记或问题单。
  status-codex search QUERY [--lang zh|en] [--json]
      按匹配程度打印与 QUERY 匹配的状态码：状态码（404）、前缀（40）、
      类别（4xx）、原因短语中的词（&quot;not fou&quot;）、中文名称或任意文字。
  status-codex list [--lang zh|en] [--json]
      打印所有状态码。
  status-codex quiz [--count N] [--deck ID] [--kind KIND] [--lang zh|en|zh-en|en-zh]
                   [--data-dir DIR]
      从今天到期和新的卡片中最多出 N 道题（默认 10），每行读入一个
      答案：选项编号、状态码，抽认卡则为评分 1-4
      （1 重来，2 困难，3 良好，4 简单）。牌组：standard、common、1xx .. 5xx、
      starred、unofficial。题型：choice、code、source、claim、scenario、flashcard。
      zh-en 用中文提问、英文作答；en-zh 相反。
  status-codex progress [--json] [--cards] [--data-dir DIR]
      打印学习情况：复习次数、到期卡片、连续学习天数、牌组。
  status-codex compare CODE CODE... [--lang zh|en] [--json]
      并排对比两到六个状态码：要点、概述和各来源的说法。
  status-codex guide [--lang zh|en] [--json]
      服务器该返回哪个状态码？按编号回答问题，每行一个
      （b 返回上一题）；--json 打印整个指南。
  status-codex explain [--lang zh|en] [--json] [LINE...]
      解释日志行（不给参数时读标准输入）：每行对应的状态码、服务器、
      可能的原因和先查什么。不认识的行只计数，最后汇总出现的状态码。
      一行也不认识时退出状态为 1。
  status-codex cheatsheet FILE.pdf [--lang zh|en|both] [--paper a4|letter]
      把每个已注册的状态码及其原因短语、名称和一句话说明写成 PDF，
      最多两页：中文、英文，或两种语言并排（横向）。

选项：
  --lang zh|en      内容和界面的语言。
  --json            以 JSON 而非文本输出。
  --markdown        show：以 Markdown 而非文本输出。
  --paper a4|letter cheatsheet：纸张大小（默认 a4）。
  --catalogue FILE  从 FILE 读取目录，而不使用内置目录。
  --data-dir DIR    把学习进度保存在 DIR，而不是用户数据文件夹。
  -h, --help        显示本帮助。
  -v, --version     显示版本。

退出状态：0 成功，1 没有该状态码或没有匹配，2 参数或目录有误，
或文件无法写入。
</translation>
    </message>
    <message>
        <source>cheatsheet needs a QGuiApplication to lay text out</source>
        <translation>cheatsheet 需要 QGuiApplication 才能排版文字</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>A file the command line could not write, and the system&apos;s reason.</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Cacheable by default</source>
        <translation>默认可缓存</translation>
    </message>
    <message>
        <source>yes, heuristically</source>
        <translation>是，可启发式缓存</translation>
    </message>
    <message>
        <source>no, only when marked so</source>
        <translation>否，只有明确标明时才可缓存</translation>
    </message>
    <message>
        <source>May carry content</source>
        <translation>可以带内容</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not a redirect</source>
        <translation>不是重定向</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>POST may become GET</source>
        <translation>POST 可能被改为 GET</translation>
    </message>
    <message>
        <source>the next request is a GET</source>
        <translation>下一个请求改用 GET</translation>
    </message>
    <message>
        <source>the method is kept</source>
        <translation>请求方法保持不变</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>A redirect&apos;s kind and what happens to the method: &quot;permanent; the method is kept&quot;.</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>must</source>
        <translation>必须</translation>
    </message>
    <message>
        <source>should</source>
        <translation>应当</translation>
    </message>
    <message>
        <source>may</source>
        <translation>可以</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A header field and how strongly the RFC asks for it: &quot;Location (should)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>头字段</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>What the client does next</source>
        <translation>客户端接下来怎么做</translation>
    </message>
    <message>
        <source>the origin server</source>
        <translation>源服务器</translation>
    </message>
    <message>
        <source>an intermediary (a proxy or gateway)</source>
        <translation>中间方（代理或网关）</translation>
    </message>
    <message>
        <source>any server</source>
        <translation>任何服务器</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>由谁发送</translation>
    </message>
    <message>
        <source>First defined</source>
        <extracomment>Where a code first appeared: &quot;RFC 2068 (1997)&quot;.</extracomment>
        <translation>最早定义于</translation>
    </message>
    <message>
        <source>Reason phrases over time</source>
        <translation>历来的原因短语</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <extracomment>The compare view&apos;s heading: &quot;Comparing 301, 308&quot;.</extracomment>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>有差异</translation>
    </message>
    <message>
        <source>(differs)</source>
        <extracomment>Marks a fact that is not the same for every code compared, in a terminal.</extracomment>
        <translation>（有差异）</translation>
    </message>
</context>
<context>
    <name>Decks</name>
    <message>
        <source>All standard codes</source>
        <translation>全部标准状态码</translation>
    </message>
    <message>
        <source>Common codes</source>
        <translation>常用状态码</translation>
    </message>
    <message>
        <source>%1xx %2</source>
        <extracomment>A study deck: &quot;4xx Client Error&quot;.</extracomment>
        <translation>%1xx %2</translation>
    </message>
    <message>
        <source>Starred codes</source>
        <translation>星标状态码</translation>
    </message>
    <message>
        <source>Unofficial codes</source>
        <translation>非官方状态码</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation>各来源的说法</translation>
    </message>
    <message>
        <source>None of the sources describes this code.</source>
        <translation>没有任何来源描述这个状态码。</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>Unused (reserved)</source>
        <translation>未使用（保留）</translation>
    </message>
    <message>
        <source>Obsoleted</source>
        <translation>已废止</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>临时注册</translation>
    </message>
    <message>
        <source>Unofficial (not registered)</source>
        <translation>非官方（未注册）</translation>
    </message>
    <message>
        <source>Correction</source>
        <extracomment>The label of a correction shown under a source&apos;s text.</extracomment>
        <translation>更正</translation>
    </message>
    <message>
        <source>by Status Codex, not the source&apos;s words</source>
        <extracomment>Follows &quot;Correction&quot;, so that it is never read as the source&apos;s words.</extracomment>
        <translation>Status Codex 所加，并非原文</translation>
    </message>
    <message>
        <source>corrected below</source>
        <extracomment>In a source&apos;s heading when a correction of its text follows.</extracomment>
        <translation>下有更正</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Star this code</source>
        <translation>为此状态码加星标</translation>
    </message>
    <message>
        <source>Remove the star</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>个人笔记</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Compare them side by side</source>
        <extracomment>A link under the related codes: compare this code with them side by side.</extracomment>
        <translation>并排对比这些状态码</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A fact&apos;s label in the detail pane: &quot;Sent by:&quot;.</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Other uses of this number</source>
        <extracomment>Uses of a code&apos;s number outside the registry, by vendors.</extracomment>
        <translation>这个数字的其他用法</translation>
    </message>
    <message>
        <source>Who uses this number</source>
        <extracomment>Heading over the vendors&apos; uses of a number the registry does not have.</extracomment>
        <translation>使用这个代码的产品</translation>
    </message>
    <message>
        <source>In code</source>
        <translation>代码中的常量</translation>
    </message>
    <message>
        <source>Example</source>
        <extracomment>A request and the response head it gets.</extracomment>
        <translation>示例</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>EntryDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The footer of a printed page: &quot;Page 1 of 3&quot;.</extracomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the pages could not be laid out</source>
        <translation>无法排版页面</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Cause: %1</source>
        <extracomment>explain: why the server sent the code.</extracomment>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <extracomment>explain: what to look at first.</extracomment>
        <translation>先查：%1</translation>
    </message>
    <message>
        <source>Reproduced against %1 (%2)</source>
        <extracomment>explain: the claim was reproduced by a test against this server version.</extracomment>
        <translation>已在 %1 上复现（%2）</translation>
    </message>
    <message>
        <source>From the vendor&apos;s documentation: %1</source>
        <extracomment>explain: the claim comes from the vendor&apos;s documentation.</extracomment>
        <translation>来自厂商文档：%1</translation>
    </message>
    <message>
        <source>Several servers send it: status-codex show %1 lists each</source>
        <extracomment>explain: several servers send this code; show lists what each does.</extracomment>
        <translation>多种服务器都会发送它：status-codex show %1 列出各自的情况</translation>
    </message>
    <message>
        <source>%1 lines: %2 recognised, %3 not recognised</source>
        <extracomment>explain&apos;s summary: lines read, recognised and not.</extracomment>
        <translation>%1 行：识别 %2 行，未识别 %3 行</translation>
    </message>
    <message>
        <source>Codes seen: %1</source>
        <extracomment>explain&apos;s summary: each code seen and how many times, &quot;504 ×3, 499 ×1&quot;.</extracomment>
        <translation>出现的状态码：%1</translation>
    </message>
    <message>
        <source>no line names a known code or server message</source>
        <translation>没有一行包含已知的状态码或服务器消息</translation>
    </message>
</context>
<context>
    <name>OverviewRenderer</name>
    <message>
        <source>a code</source>
        <translation>一个代码</translation>
    </message>
    <message>
        <source>a whole class</source>
        <translation>一整类</translation>
    </message>
    <message>
        <source>words of a reason phrase or title</source>
        <translation>原因短语或名称中的词</translation>
    </message>
    <message>
        <source>anything the sources say</source>
        <translation>各来源说过的任何内容</translation>
    </message>
    <message>
        <source>two codes, to compare them</source>
        <translation>两个代码，并排比较</translation>
    </message>
    <message>
        <source>a misspelling: near matches are shown</source>
        <translation>拼错的词：显示相近的结果</translation>
    </message>
    <message>
        <source>a constant from code (Go, Python, .NET, …)</source>
        <translation>代码里的常量（Go、Python、.NET……）</translation>
    </message>
    <message>
        <source>HTTP status codes at a glance</source>
        <translation>HTTP 状态码一览</translation>
    </message>
    <message>
        <source>%1 codes: %2 from the IANA registry and %3 that vendors use without registering them. For each, what %4 Chinese sources say side by side, checked against RFC 9110, with corrections where a source is wrong.</source>
        <translation>共 %1 个代码：%2 个来自 IANA 注册表，%3 个是厂商使用但未注册的。每个代码都并排列出 %4 个中文来源的说法，并对照 RFC 9110 核对，来源有误之处附有更正。</translation>
    </message>
    <message>
        <source>The classes, by first digit</source>
        <translation>按首位数字分成的类别</translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation>%1 个代码</translation>
    </message>
    <message>
        <source>%1 codes + %2 unofficial</source>
        <translation>%1 个代码 + %2 个非官方</translation>
    </message>
    <message>
        <source>The codes you will meet most</source>
        <translation>最常遇到的代码</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Type into the search field above the list; the list and this pane follow as you type. Try:</source>
        <translation>在列表上方的搜索框中输入，列表和本窗格随输入即时更新。试试：</translation>
    </message>
    <message>
        <source>Studying and comparing</source>
        <translation>学习与比较</translation>
    </message>
    <message>
        <source>Study the codes</source>
        <translation>学习这些代码</translation>
    </message>
    <message>
        <source>quizzes and flashcards, scheduled so that you review each code just before you would forget it; start with the common codes deck</source>
        <translation>测验和抽认卡，按遗忘规律安排复习，让你在快要忘记之前再复习每个代码；可以从“常用代码”卡组开始</translation>
    </message>
    <message>
        <source>Which code should my server return?</source>
        <translation>我的服务器该返回哪个代码？</translation>
    </message>
    <message>
        <source>a guide, one question at a time</source>
        <translation>向导，一次回答一个问题</translation>
    </message>
    <message>
        <source>Codes people confuse, side by side:</source>
        <translation>容易混淆的代码，并排比较：</translation>
    </message>
</context>
<context>
    <name>PracticeRenderer</name>
    <message>
        <source>In practice</source>
        <extracomment>The detail pane&apos;s section on what real servers do with a code.</extracomment>
        <translation>实践中</translation>
    </message>
    <message>
        <source>Reproduced against %1 (test %2)</source>
        <extracomment>%1 is a server version (&quot;nginx/1.22.1&quot;), %2 the test case that made the server do it.</extracomment>
        <translation>已在 %1 上复现（测试 %2）</translation>
    </message>
    <message>
        <source>From %1&apos;s documentation: %2</source>
        <extracomment>%1 is a platform (Cloudflare), %2 the vendor&apos;s document.</extracomment>
        <translation>来自 %1 的文档：%2</translation>
    </message>
    <message>
        <source>Log:</source>
        <extracomment>In practice: the line the server writes in its log.</extracomment>
        <translation>日志：</translation>
    </message>
    <message>
        <source>Setting (default):</source>
        <extracomment>In practice: the directive that governs it, with its default value.</extracomment>
        <translation>设置（默认值）：</translation>
    </message>
    <message>
        <source>Check:</source>
        <extracomment>In practice: what to look at first.</extracomment>
        <translation>先查：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <extracomment>The log view: why the server sent the code.</extracomment>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Log lines explained</source>
        <extracomment>The log view&apos;s heading.</extracomment>
        <translation>日志行解释</translation>
    </message>
    <message>
        <source>%1 of %2 lines recognised; click a code to open it.</source>
        <extracomment>The log view: how many of the pasted lines name a code.</extracomment>
        <translation>%2 行中识别出 %1 行；点击状态码可打开它。</translation>
    </message>
</context>
<context>
    <name>StudyText</name>
    <message>
        <source>Question %1 of %2 (%3)</source>
        <extracomment>Heading of a quiz question: &quot;Question 3 of 10 (choice)&quot;.</extracomment>
        <translation>第 %1 题，共 %2 题（%3）</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <source>Rate it: 1 Again, 2 Hard, 3 Good, 4 Easy</source>
        <translation>评分：1 重来，2 困难，3 良好，4 简单</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>输入状态码</translation>
    </message>
    <message>
        <source>Answer 1 to %1</source>
        <extracomment>The question&apos;s options are numbered 1 to %1.</extracomment>
        <translation>选择 1 到 %1</translation>
    </message>
    <message>
        <source>there is no deck &quot;%1&quot;</source>
        <translation>没有牌组“%1”</translation>
    </message>
    <message>
        <source>%1: %2 due, %3 new</source>
        <extracomment>&quot;Common codes: 3 due, 7 new&quot;.</extracomment>
        <translation>%1：%2 张到期，%3 张新卡片</translation>
    </message>
    <message>
        <source>That is not an answer to this question.</source>
        <translation>这不是本题的有效答案。</translation>
    </message>
    <message>
        <source>Rated %1 of 4.</source>
        <translation>已评分：%1（共 4 级）。</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>正确：%1。</translation>
    </message>
    <message>
        <source>Wrong: the answer is %1.</source>
        <translation>错误：答案是 %1。</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <extracomment>When the card comes back: &quot;Next review: 2026-12-05&quot;.</extracomment>
        <translation>下次复习：%1</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right.</source>
        <translation>得分：%2 题中答对 %1 题。</translation>
    </message>
    <message>
        <source>You are done for today.</source>
        <translation>今天的学习已完成。</translation>
    </message>
    <message>
        <source>The next card is due %1.</source>
        <translation>下一张卡片将于 %1 到期。</translation>
    </message>
    <message>
        <source>nothing of this quiz was saved</source>
        <translation>本次测验的内容均未保存</translation>
    </message>
    <message>
        <source>Reviews: %1 (%2 today)</source>
        <translation>复习次数：%1（今天 %2）</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>今天到期：%1</translation>
    </message>
    <message>
        <source>Streak: %1 days</source>
        <translation>连续学习天数：%1 天</translation>
    </message>
    <message>
        <source>Right answers in the last 30 days: %1%</source>
        <translation>最近 30 天的正确率：%1%</translation>
    </message>
    <message>
        <source>Standard cards: %1 new, %2 due, %3 learned</source>
        <translation>标准状态码卡片：新卡片 %1 张，到期 %2 张，已掌握 %3 张</translation>
    </message>
    <message>
        <source>  %1 %2: %3 new, %4 due, %5 learned</source>
        <extracomment>One deck&apos;s line: &quot; common Common codes: 40 new, 2 due, 10 learned&quot;.</extracomment>
        <translation>  %1 %2：新卡片 %3 张，到期 %4 张，已掌握 %5 张</translation>
    </message>
    <message>
        <source>  %1xx mastery: %2%</source>
        <translation>  %1xx 掌握程度：%2%</translation>
    </message>
</context>
<context>
    <name>codex::AboutDialog</name>
    <message>
        <source>About Status Codex</source>
        <translation>关于 Status Codex</translation>
    </message>
    <message>
        <source>An offline reference for HTTP status codes: what each source says, side by side, checked against the specifications.</source>
        <translation>离线的 HTTP 状态码参考：并列展示各来源的说法，并对照规范加以核对。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考依据</translation>
    </message>
    <message numerus="yes">
        <source>Reason phrases, statuses and specifications follow the IANA HTTP Status Code Registry; explanations follow RFC 9110 and the RFCs the registry cites. The catalogue holds %n codes.</source>
        <translation>
            <numerusform>原因短语、状态和规范以 IANA HTTP 状态码注册表为准；解释以 RFC 9110 及注册表所引用的 RFC 为准。目录共收录 %n 个状态码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codex::CatalogueModel</name>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>obsoleted</source>
        <translation>已废止</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>unofficial</source>
        <translation>非官方</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <extracomment>The tree&apos;s third column, which shows each code&apos;s Chinese name in either language.</extracomment>
        <translation>中文名称</translation>
    </message>
</context>
<context>
    <name>codex::CheatSheetDialog</name>
    <message>
        <source>Cheat Sheet</source>
        <translation>速查表</translation>
    </message>
    <message>
        <source>Both, side by side (landscape)</source>
        <translation>两种语言并排（横向）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国 Letter</translation>
    </message>
    <message>
        <source>Every registered code with its reason phrase, title and one line, on at most two pages.</source>
        <translation>每个已注册的状态码及其原因短语、名称和一句话说明，最多两页。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>codex::CompareView</name>
    <message>
        <source>C&amp;odes:</source>
        <translation>状态码(&amp;O)：</translation>
    </message>
    <message>
        <source>301 vs 308, 401 403 407, 502 或 504</source>
        <translation>301 vs 308、401 403 407、502 或 504</translation>
    </message>
    <message>
        <source>Codes to compare</source>
        <translation>要对比的状态码</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Codes people confuse</source>
        <translation>容易混淆的状态码</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>选择一个分组…</translation>
    </message>
    <message>
        <source>Type two to six codes, or choose a group of codes people confuse.</source>
        <translation>输入两到六个状态码，或选择一组容易混淆的状态码。</translation>
    </message>
    <message>
        <source>Comparison of the codes</source>
        <translation>状态码对比</translation>
    </message>
</context>
<context>
    <name>codex::GuideView</name>
    <message>
        <source>&amp;Back a question</source>
        <translation>返回上一题(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重新开始(&amp;R)</translation>
    </message>
    <message>
        <source>Compare with its neighbours</source>
        <translation>与相关状态码对比</translation>
    </message>
    <message>
        <source>Which code should your server return? Answer a few questions.</source>
        <translation>你的服务器应该返回哪个状态码？回答几个问题即可。</translation>
    </message>
    <message>
        <source>This catalogue has no guide.</source>
        <translation>此目录没有选码指南。</translation>
    </message>
    <message>
        <source>Return %1 %2: %3 (%4)</source>
        <extracomment>The guide&apos;s answer: &quot;Return 410 Gone: ... (RFC 9110, Section 15.5.11)&quot;.</extracomment>
        <translation>返回 %1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>codex::LogView</name>
    <message>
        <source>Log lines explained</source>
        <extracomment>The log view, for screen readers.</extracomment>
        <translation>日志行解释</translation>
    </message>
</context>
<context>
    <name>codex::MainWindow</name>
    <message>
        <source>Status Codex</source>
        <translation>Status Codex</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Open Catalogue…</source>
        <translation>打开目录(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a catalogue file instead of the built-in one</source>
        <translation>打开一个目录文件以代替内置目录</translation>
    </message>
    <message>
        <source>&amp;Reload Catalogue</source>
        <translation>重新加载目录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected text, or the code and its reason phrase</source>
        <translation>复制选中的文字，或复制状态码及其原因短语</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous code (%1)</source>
        <translation>回到上一个状态码（%1）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next code (%1)</source>
        <translation>前往下一个状态码（%1）</translation>
    </message>
    <message>
        <source>Switch &amp;Language</source>
        <translation>切换语言(&amp;L)</translation>
    </message>
    <message>
        <source>Show the interface and content in Chinese</source>
        <translation>以中文显示界面和内容</translation>
    </message>
    <message>
        <source>Show the interface and content in English</source>
        <translation>以英文显示界面和内容</translation>
    </message>
    <message>
        <source>&amp;About Status Codex</source>
        <translation>关于 Status Codex(&amp;A)</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue</source>
        <translation>目录中没有 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 codes match</source>
        <translation>
            <numerusform>%1 个状态码中有 %n 个匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n codes</source>
        <translation>
            <numerusform>%n 个状态码</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue not loaded</source>
        <translation>未能加载目录</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded; the one in use stays.</source>
        <translation>无法加载该目录；继续使用当前目录。</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n codes</source>
        <translation>
            <numerusform>已加载 %n 个状态码</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Catalogue</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <source>Catalogue files (*.json);;All files (*)</source>
        <translation>目录文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the built-in catalogue is in use.</source>
        <translation>无法加载 %1；正在使用内置目录。</translation>
    </message>
    <message>
        <source>Search: 404, 4xx, not found, cache…</source>
        <translation>搜索：404、4xx、not found、未找到、缓存…</translation>
    </message>
    <message>
        <source>Search by code, class (4xx), reason phrase, name in English or Chinese, or any text (%1)</source>
        <translation>按状态码、类别（4xx）、原因短语、中英文名称或任意文字搜索（%1）</translation>
    </message>
    <message>
        <source>Language of the interface and content (%1 switches)</source>
        <translation>界面和内容的语言（%1 切换）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message numerus="yes">
        <source>Building the search index (%n descriptions)…</source>
        <translation>
            <numerusform>正在建立搜索索引（%n 条描述）…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>浏览(&amp;B)</translation>
    </message>
    <message>
        <source>Look codes up (%1)</source>
        <translation>查阅状态码（%1）</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>学习(&amp;S)</translation>
    </message>
    <message>
        <source>Learn the codes: quizzes, flashcards and your progress (%1)</source>
        <translation>学习状态码：测验、抽认卡和学习进度（%1）</translation>
    </message>
    <message>
        <source>S&amp;tar</source>
        <translation>加星标(&amp;T)</translation>
    </message>
    <message>
        <source>Star the code shown, for the Starred filter and deck (%1)</source>
        <translation>为当前显示的状态码加星标，用于星标筛选和星标牌组（%1）</translation>
    </message>
    <message>
        <source>Personal &amp;Note…</source>
        <translation>个人笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Starred Codes &amp;Only</source>
        <translation>仅显示星标状态码(&amp;O)</translation>
    </message>
    <message>
        <source>The star could not be saved: %1</source>
        <translation>无法保存星标：%1</translation>
    </message>
    <message>
        <source>Starred %1</source>
        <translation>已为 %1 加星标</translation>
    </message>
    <message>
        <source>Removed the star from %1</source>
        <translation>已取消 %1 的星标</translation>
    </message>
    <message>
        <source>Personal Note</source>
        <translation>个人笔记</translation>
    </message>
    <message>
        <source>Your note on %1 %2 (plain text, found by search):</source>
        <translation>你对 %1 %2 的笔记（纯文本，可通过搜索找到）：</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>无法保存笔记：%1</translation>
    </message>
    <message>
        <source>Remove the Star</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Personal Note…</source>
        <translation>个人笔记…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Codes side by side: their facts, summaries and sources (%1)</source>
        <translation>并排查看状态码：要点、概述和各来源（%1）</translation>
    </message>
    <message>
        <source>&amp;Which Code?</source>
        <translation>选哪个码(&amp;W)？</translation>
    </message>
    <message>
        <source>Which code should my server return? A guide, one question at a time (%1)</source>
        <translation>我的服务器该返回哪个状态码？逐题回答的指南（%1）</translation>
    </message>
    <message>
        <source>Codes People &amp;Confuse</source>
        <translation>容易混淆的状态码(&amp;C)</translation>
    </message>
    <message>
        <source>Compare &amp;Selected Codes</source>
        <translation>对比选中的状态码(&amp;S)</translation>
    </message>
    <message>
        <source>Show these codes side by side</source>
        <translation>并排显示这些状态码</translation>
    </message>
    <message>
        <source>Select two to six codes with Ctrl or Shift, then compare them.</source>
        <translation>按住 Ctrl 或 Shift 选择两到六个状态码，然后进行对比。</translation>
    </message>
    <message>
        <source>Compare these: %1</source>
        <translation>对比这些状态码：%1</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <source>No exact match; showing near matches for “%1”</source>
        <translation>没有完全匹配的结果；显示与“%1”相近的结果</translation>
    </message>
    <message>
        <source>Show &amp;Unofficial Codes</source>
        <translation>显示非官方状态码(&amp;U)</translation>
    </message>
    <message>
        <source>Vendors&apos; codes that are not in the registry (nginx, Cloudflare, IIS…)</source>
        <translation>不在注册表中的厂商状态码（nginx、Cloudflare、IIS…）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the code shown, in black on white (%1)</source>
        <translation>以白底黑字打印当前状态码（%1）</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the code shown as a PDF, on A4 or US Letter paper</source>
        <translation>把当前状态码保存为 PDF，纸张为 A4 或美国 Letter</translation>
    </message>
    <message>
        <source>C&amp;heat Sheet…</source>
        <translation>速查表(&amp;H)…</translation>
    </message>
    <message>
        <source>Save every registered code on at most two pages as a PDF</source>
        <translation>把所有已注册的状态码保存为最多两页的 PDF</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the code shown, its sources and corrections as Markdown (%1)</source>
        <translation>把当前状态码及其来源说法和更正复制为 Markdown（%1）</translation>
    </message>
    <message>
        <source>Print %1 %2</source>
        <translation>打印 %1 %2</translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <source>%1 %2 could not be printed.</source>
        <translation>%1 %2 未能打印。</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>A4 纸张的 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>美国 Letter 纸张的 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF Not Saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Cheat Sheet</source>
        <translation>保存速查表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Copied %1 %2 as Markdown</source>
        <translation>已将 %1 %2 复制为 Markdown</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>搜索状态码</translation>
    </message>
    <message>
        <source>Status codes by class</source>
        <translation>按类别列出的状态码</translation>
    </message>
    <message>
        <source>Details of the code</source>
        <translation>状态码详情</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>The classes, the common codes and where to begin (%1)</source>
        <translation>各类别、常用代码以及从哪里开始（%1）</translation>
    </message>
    <message>
        <source>Chinese &amp;Names Column</source>
        <translation>中文名称列(&amp;N)</translation>
    </message>
    <message>
        <source>Show each code&apos;s Chinese name beside its reason phrase (always shown in Chinese)</source>
        <translation>在原因短语旁显示每个代码的中文名称（中文界面中总是显示）</translation>
    </message>
</context>
<context>
    <name>codex::MasteryBars</name>
    <message>
        <source>%1xx: %2%</source>
        <translation>%1xx：%2%</translation>
    </message>
</context>
<context>
    <name>codex::ProgressStore</name>
    <message>
        <source>the folder cannot be written</source>
        <translation>文件夹不可写</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>它不是文件</translation>
    </message>
    <message>
        <source>application id 0x%1</source>
        <translation>应用程序 ID 为 0x%1</translation>
    </message>
    <message>
        <source>tables of another program</source>
        <translation>含有其他程序的数据表</translation>
    </message>
    <message>
        <source>%1 in %2 failed: %3</source>
        <translation>在 %2 中%1失败：%3</translation>
    </message>
    <message>
        <source>Cannot write the progress database %1 (%2); progress will not be kept after this session.</source>
        <translation>无法写入进度数据库 %1（%2）；本次会话结束后将不会保留学习进度。</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used (%2) and could not be moved aside; progress will not be kept after this session.</source>
        <translation>进度数据库 %1 无法使用（%2），且无法将其移到别处；本次会话结束后将不会保留学习进度。</translation>
    </message>
    <message>
        <source>The progress database %1 was damaged (%2). It was moved to %3 and a new one was started.</source>
        <translation>进度数据库 %1 已损坏（%2）。已将其移至 %3，并新建了一个进度数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Status Codex progress database (%2). It was moved to %3 and a new one was started.</source>
        <translation>%1 不是 Status Codex 的进度数据库（%2）。已将其移至 %3，并新建了一个进度数据库。</translation>
    </message>
    <message>
        <source>The progress database %1 is from a newer version of Status Codex (schema %2; this version knows %3). It was left untouched, and nothing of this session will be saved.</source>
        <translation>进度数据库 %1 来自更新版本的 Status Codex（架构版本 %2；此版本只支持到 %3）。该数据库未被改动，本次会话的任何内容都不会保存。</translation>
    </message>
    <message>
        <source>An answer without a time cannot be saved.</source>
        <translation>缺少作答时间的答案无法保存。</translation>
    </message>
    <message>
        <source>Saving an answer</source>
        <translation>保存答案</translation>
    </message>
    <message>
        <source>Saving a star</source>
        <translation>保存星标</translation>
    </message>
    <message>
        <source>Saving a note</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <source>Saving a setting</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>codex::ReviewChart</name>
    <message>
        <source>%1 reviews in the last %2 days; at most %3 on one day</source>
        <extracomment>The review chart for screen readers: &quot;412 reviews in the last 90 days; at most 30 on one day&quot;.</extracomment>
        <translation>最近 %2 天共复习 %1 次；单日最多 %3 次</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <extracomment>Above the chart: its scale, &quot;at most 30 a day&quot;.</extracomment>
        <translation>每天最多 %1 次</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>尚无复习记录</translation>
    </message>
    <message>
        <source>%1 %2 (%3 right)</source>
        <extracomment>One day of the review chart for screen readers: &quot;Mon 12 (10 right)&quot;.</extracomment>
        <translation>%1 %2 次（答对 %3 次）</translation>
    </message>
    <message>
        <source>; %1 answered right. The last %2 days: %3</source>
        <extracomment>Follows the chart&apos;s description: &quot;; 300 answered right. The last 7 days: Mon 12 (10 right), …&quot;.</extracomment>
        <translation>；答对 %1 次。最近 %2 天：%3</translation>
    </message>
    <message>
        <source>darker: right answers</source>
        <translation>深色：答对</translation>
    </message>
</context>
<context>
    <name>codex::SearchFilterProxy</name>
    <message>
        <source>%1 (%2 + %3 unofficial)</source>
        <extracomment>A class row: &quot;4xx Client Error (29 + 13 unofficial)&quot;: standard codes, then the others.</extracomment>
        <translation>%1（%2 + %3 个非官方）</translation>
    </message>
</context>
<context>
    <name>codex::StudyView</name>
    <message>
        <source>&amp;Decks</source>
        <translation>牌组(&amp;D)</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>牌组</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>牌组</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>题型(&amp;Q)：</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有题型</translation>
    </message>
    <message>
        <source>Code to name, four options</source>
        <translation>由状态码选名称，四选一</translation>
    </message>
    <message>
        <source>Name to code, typed</source>
        <translation>由名称输入状态码</translation>
    </message>
    <message>
        <source>A source&apos;s words: which code?</source>
        <translation>来源原文：是哪个状态码？</translation>
    </message>
    <message>
        <source>True or false: a source&apos;s claim</source>
        <translation>判断正误：来源的说法</translation>
    </message>
    <message>
        <source>A situation: which code?</source>
        <translation>情景：该用哪个状态码？</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>抽认卡</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>与界面语言相同</translation>
    </message>
    <message>
        <source>Chinese questions, English answers</source>
        <translation>中文提问，英文作答</translation>
    </message>
    <message>
        <source>English questions, Chinese answers</source>
        <translation>英文提问，中文作答</translation>
    </message>
    <message>
        <source>&amp;New cards a day:</source>
        <translation>每天新卡片数(&amp;N)：</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>目标记忆保持率(&amp;R)：</translation>
    </message>
    <message>
        <source>How sure you want to be of remembering a card when it comes back: higher means more frequent reviews</source>
        <translation>卡片再次出现时，你希望有多大把握记得它：越高，复习越频繁</translation>
    </message>
    <message>
        <source>&amp;Study now</source>
        <translation>立即学习(&amp;S)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <source>Reviews a day, last 90 days</source>
        <translation>最近 90 天的每日复习次数</translation>
    </message>
    <message>
        <source>Mastery by class</source>
        <translation>各类别掌握程度</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <source>Three digits, then Enter</source>
        <translation>输入三位数字，然后按 Enter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Show the answer (Space)</source>
        <translation>显示答案（Space）</translation>
    </message>
    <message>
        <source>1 Again</source>
        <translation>1 重来</translation>
    </message>
    <message>
        <source>2 Hard</source>
        <translation>2 困难</translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation>3 良好</translation>
    </message>
    <message>
        <source>4 Easy</source>
        <translation>4 简单</translation>
    </message>
    <message>
        <source>Continue (Enter)</source>
        <translation>继续（Enter）</translation>
    </message>
    <message>
        <source>Back to the decks</source>
        <translation>返回牌组</translation>
    </message>
    <message>
        <source>Nothing you study now will be kept.</source>
        <translation>现在学习的内容都不会被保存。</translation>
    </message>
    <message numerus="yes">
        <source>Due today: %1
Streak: %n day(s)
Right answers, last 30 days: %2%
Reviews: %3 (%4 today)</source>
        <translation>
            <numerusform>今天到期：%1
连续学习天数：%n 天
最近 30 天的正确率：%2%
复习次数：%3（今天 %4）</numerusform>
        </translation>
    </message>
    <message>
        <source>You are done for today. The next card is due %1.</source>
        <translation>今天的学习已完成。下一张卡片将于 %1 到期。</translation>
    </message>
    <message>
        <source>There is nothing to study in this deck now.</source>
        <translation>此牌组现在没有需要学习的内容。</translation>
    </message>
    <message>
        <source>%1 · card %2 of %3</source>
        <extracomment>&quot;Common codes · card 3 of 12&quot;.</extracomment>
        <translation>%1 · 第 %2 张，共 %3 张</translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation>评分：%1</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <translation>✓ 正确：%1</translation>
    </message>
    <message>
        <source>✗ Wrong. The answer is %1.</source>
        <translation>✗ 错误。答案是 %1。</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1的说法：%2</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>在浏览视图中打开 %1</translation>
    </message>
    <message>
        <source>This answer could not be saved: %1</source>
        <translation>无法保存此答案：%1</translation>
    </message>
    <message>
        <source>You are done for today: %1 of %2 right.</source>
        <translation>今天的学习已完成：%2 题中答对 %1 题。</translation>
    </message>
    <message>
        <source>The next card is due %1.</source>
        <translation>下一张卡片将于 %1 到期。</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <extracomment>A study option for screen readers: &quot;Option 2: Not Found&quot;.</extracomment>
        <translation>选项 %1：%2</translation>
    </message>
    <message>
        <source>Option %1: %2, the right answer</source>
        <translation>选项 %1：%2，正确答案</translation>
    </message>
    <message>
        <source>Option %1: %2, your answer, wrong</source>
        <translation>选项 %1：%2，你的答案，错误</translation>
    </message>
</context>
</TS>
