<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang needs a value: zh or en</source>
        <translation>--lang 需要一个值：zh 或 en</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language; use zh or en</source>
        <translation>--lang：“%1”不是可用的语言，请使用 zh 或 en</translation>
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
        <source>list takes no arguments</source>
        <translation>list 不接受参数</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>--json goes with show, search or list</source>
        <translation>--json 只能与 show、search 或 list 一起使用</translation>
    </message>
    <message>
        <source>Usage:
  status-codex [--lang zh|en] [--catalogue FILE] [CODE]
      Open the window, on CODE if given (for example: status-codex --lang en 404).
  status-codex show CODE [--lang zh|en] [--json]
      Print everything the catalogue holds about CODE.
  status-codex search QUERY [--lang zh|en] [--json]
      Print the codes matching QUERY, best first: a code (404), a prefix (40),
      a class (4xx), words of a phrase (&quot;not fou&quot;), a Chinese title or any text.
  status-codex list [--lang zh|en] [--json]
      Print every code.

Options:
  --lang zh|en      Language of the content and interface.
  --json            Print JSON instead of text.
  --catalogue FILE  Read the catalogue from FILE instead of the built-in one.
  -h, --help        Show this help.
  -v, --version     Show the version.

Exit status: 0 success, 1 no such code or no match, 2 bad arguments or catalogue.
</source>
        <translation>用法：
  status-codex [--lang zh|en] [--catalogue FILE] [CODE]
      打开窗口；如给出 CODE 则直接显示该状态码（例如：status-codex --lang en 404）。
  status-codex show CODE [--lang zh|en] [--json]
      输出目录中关于 CODE 的全部内容。
  status-codex search QUERY [--lang zh|en] [--json]
      按匹配程度输出与 QUERY 匹配的状态码：状态码（404）、前缀（40）、
      类别（4xx）、原因短语中的词（&quot;not fou&quot;）、中文名称或任意文字。
  status-codex list [--lang zh|en] [--json]
      输出全部状态码。

选项：
  --lang zh|en      内容和界面的语言。
  --json            以 JSON 代替文本输出。
  --catalogue FILE  从 FILE 读取目录，代替内置目录。
  -h, --help        显示本帮助。
  -v, --version     显示版本。

退出状态：0 成功；1 无此状态码或无匹配；2 参数或目录有误。
</translation>
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
        <source>Name</source>
        <translation>名称</translation>
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
    <message>
        <source>Choose a code on the left, or type to search.</source>
        <translation>在左侧选择一个状态码，或输入文字进行搜索。</translation>
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
</context>
</TS>
