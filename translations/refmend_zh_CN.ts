<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplyRepairsCommand</name>
    <message numerus="yes">
        <source>Repair %n garbled text(s)</source>
        <translation>
            <numerusform>修复 %n 处乱码文本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message numerus="yes">
        <source>%1 in %n record(s)</source>
        <translation>
            <numerusform>%1（%n 条记录）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldKey</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Short Title</source>
        <translation>短标题</translation>
    </message>
    <message>
        <source>Journal / Container</source>
        <translation>期刊 / 出处</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>丛书</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
    </message>
    <message>
        <source>Place Published</source>
        <translation>出版地</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ISBN/ISSN</source>
        <translation>ISBN/ISSN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Call Number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Accession Number</source>
        <translation>入藏号</translation>
    </message>
    <message>
        <source>Author Address</source>
        <translation>作者地址</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Number of Volumes</source>
        <translation>卷数</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>FindReplaceCommand</name>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n record(s)</source>
        <translation>
            <numerusform>在 %n 条记录中将“%1”替换为“%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixProblemsCommand</name>
    <message numerus="yes">
        <source>Fix %n problem(s)</source>
        <translation>
            <numerusform>修复 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeRecordsCommand</name>
    <message numerus="yes">
        <source>Merge %n record(s) into “%1”</source>
        <translation>
            <numerusform>将 %n 条记录合并到“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate group(s)</source>
        <translation>
            <numerusform>合并 %n 组重复项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MojibakeRepair</name>
    <message>
        <source>GBK text read as Latin-1</source>
        <translation>GBK 文本被当作 Latin-1 读取</translation>
    </message>
    <message>
        <source>UTF-8 text read as Windows-1252</source>
        <translation>UTF-8 文本被当作 Windows-1252 读取</translation>
    </message>
    <message>
        <source>UTF-8 text read as Windows-1252 twice</source>
        <translation>UTF-8 文本被两次当作 Windows-1252 读取</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>RecordMimeData</name>
    <message numerus="yes">
        <source>Drop %n Record(s)</source>
        <translation>
            <numerusform>拖放 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Record(s)</source>
        <translation>
            <numerusform>粘贴 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Journal Article</source>
        <translation>期刊论文</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>Book Chapter</source>
        <translation>图书章节</translation>
    </message>
    <message>
        <source>Conference Paper</source>
        <translation>会议论文</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>学位论文</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Web Page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
</context>
<context>
    <name>RenamePersonCommand</name>
    <message numerus="yes">
        <source>Rename to %1 in %n record(s)</source>
        <translation>
            <numerusform>在 %n 条记录中重命名为 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>SetPersonsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>SetTypeCommand</name>
    <message>
        <source>Change type to %1</source>
        <translation>将类型改为 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>View, repair and convert citation files.</source>
        <translation>查看、修复和转换文献引用文件。</translation>
    </message>
    <message>
        <source>Citation files to open.</source>
        <translation>要打开的文献引用文件。</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorClusterModel</name>
    <message>
        <source>Spelled with a transliteration (ü / ue, ø / oe)</source>
        <translation>使用了转写拼法（ü / ue，ø / oe）</translation>
    </message>
    <message>
        <source>The initials fit more than one person</source>
        <translation>首字母缩写可对应多个人</translation>
    </message>
    <message>
        <source>Written with and without a suffix (Jr., III)</source>
        <translation>有时带后缀，有时不带（Jr.、III）</translation>
    </message>
    <message numerus="yes">
        <source>Written %n way(s): %1</source>
        <translation>
            <numerusform>共 %n 种写法：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation>写作：%1</translation>
    </message>
    <message>
        <source>Possible match: %1</source>
        <translation>可能匹配：%1</translation>
    </message>
    <message>
        <source>%1. Check it to rename it together with this person.</source>
        <translation>%1。勾选后将与此人一起重命名。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorListEditor</name>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编者</translation>
    </message>
    <message>
        <source>Series editors</source>
        <translation>丛书编者</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>译者</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a person after the selected one</source>
        <translation>在所选人员之后添加一人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected people</source>
        <translation>删除所选人员</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected person up</source>
        <translation>将所选人员上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected person down</source>
        <translation>将所选人员下移</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <source>Exchange the given and family names of the selected people</source>
        <translation>互换所选人员的名和姓</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>粘贴…</translation>
    </message>
    <message>
        <source>Add a list of names (&quot;A; B&quot;, one per line, or &quot;A and B&quot;)</source>
        <translation>添加姓名列表（“A; B”、每行一个，或“A and B”）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>删除 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>上移 %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>下移 %1</translation>
    </message>
    <message>
        <source>Swap given and family names</source>
        <translation>互换名和姓</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n names</source>
        <translation>
            <numerusform>粘贴 %n 个姓名</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Name (for example &quot;van der Berg, Jan&quot; or &quot;Jan van der Berg&quot;):</source>
        <translation>姓名（例如“van der Berg, Jan”或“Jan van der Berg”）：</translation>
    </message>
    <message>
        <source>Paste Names</source>
        <translation>粘贴姓名</translation>
    </message>
    <message>
        <source>Names, separated by &quot;;&quot;, by &quot; and &quot; or one per line:</source>
        <translation>姓名，以“;”或“ and ”分隔，或每行一个：</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorsView</name>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>筛选姓名</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>Only names with variants</source>
        <translation>仅显示有变体的姓名</translation>
    </message>
    <message>
        <source>Show only persons written more than one way or with a possible match</source>
        <translation>仅显示有多种写法或可能匹配的人员</translation>
    </message>
    <message>
        <source>Canonical form</source>
        <translation>规范形式</translation>
    </message>
    <message>
        <source>van der, de la, von</source>
        <translation>van der, de la, von</translation>
    </message>
    <message>
        <source>Jr., III</source>
        <translation>Jr., III</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Given:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Particle:</source>
        <translation>前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Suffix:</source>
        <translation>后缀(&amp;S)：</translation>
    </message>
    <message>
        <source>Only the selected variant</source>
        <translation>仅所选变体</translation>
    </message>
    <message>
        <source>Rename this way of writing the name only, not the whole cluster</source>
        <translation>只重命名这种写法，而不是整个分组</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Write this form in every record that names the person (one undo step)</source>
        <translation>在提及此人的每条记录中写入此形式（可一步撤销）</translation>
    </message>
    <message>
        <source>Pick a name or a variant in the list.</source>
        <translation>请在列表中选择一个姓名或变体。</translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation>写作：%1</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Record(s)</source>
        <translation>
            <numerusform>应用到 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n name(s) in %1 records.</source>
        <translation>
            <numerusform>已在 %1 条记录中重命名 %n 个姓名。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::Autosaver</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot lock a recovery file in %1</source>
        <translation>无法锁定 %1 中的恢复文件</translation>
    </message>
    <message>
        <source>no format to write a recovery file in</source>
        <translation>没有可用于写入恢复文件的格式</translation>
    </message>
</context>
<context>
    <name>refmend::ChangePreviewModel</name>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n change(s))</source>
        <translation>
            <numerusform>%1（%n 处更改中的 %2 处）</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>A suggestion: check it to apply it</source>
        <translation>这是一条建议：勾选后才会应用</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>refmend::CitationStyle</name>
    <message>
        <source>Vancouver</source>
        <translation>Vancouver 格式</translation>
    </message>
    <message>
        <source>Chicago author-date</source>
        <translation>Chicago 作者-日期格式</translation>
    </message>
    <message>
        <source>APA 7</source>
        <translation>APA 第 7 版</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupActions</name>
    <message>
        <source>Repair mojibake</source>
        <translation>修复乱码</translation>
    </message>
    <message>
        <source>Undo encoding accidents such as &quot;JosÃ©&quot; or &quot;L¨²cia&quot; in names and fields.</source>
        <translation>修正姓名和字段中的编码错误，例如“JosÃ©”或“L¨²cia”。</translation>
    </message>
    <message>
        <source>LaTeX to Unicode</source>
        <translation>LaTeX 转 Unicode</translation>
    </message>
    <message>
        <source>Turn LaTeX accents and commands ({\&quot;u}, \&apos;e, \ss) into Unicode characters.</source>
        <translation>将 LaTeX 重音和命令（{\&quot;u}、\&apos;e、\ss）转换为 Unicode 字符。</translation>
    </message>
    <message>
        <source>Unicode NFC</source>
        <translation>Unicode NFC</translation>
    </message>
    <message>
        <source>Compose decomposed accents (e + combining acute becomes é).</source>
        <translation>合成分解形式的重音（e + 组合用尖音符变为 é）。</translation>
    </message>
    <message>
        <source>Trim whitespace</source>
        <translation>清理空白</translation>
    </message>
    <message>
        <source>Trim fields and names and collapse runs of spaces.</source>
        <translation>去除字段和姓名首尾的空白，并合并连续空格。</translation>
    </message>
    <message>
        <source>Normalise person names</source>
        <translation>规范化人名</translation>
    </message>
    <message>
        <source>Write names in one form, space initials (J. R. R.), give ALL-CAPS names proper case.</source>
        <translation>统一姓名写法，首字母缩写之间加空格（J. R. R.），将全大写的姓名改为正常大小写。</translation>
    </message>
    <message>
        <source>Normalise DOIs</source>
        <translation>规范化 DOI</translation>
    </message>
    <message>
        <source>Strip doi.org and doi: prefixes, lower-case, and move DOIs found in URL or note into the DOI field.</source>
        <translation>去掉 doi.org 和 doi: 前缀，改为小写，并将 URL 或备注中的 DOI 移到 DOI 字段。</translation>
    </message>
    <message>
        <source>Normalise page ranges</source>
        <translation>规范化页码范围</translation>
    </message>
    <message>
        <source>Write page ranges (1-10, 1--10, 1–10, pp. 1 - 10) in the chosen form.</source>
        <translation>按所选形式书写页码范围（1-10、1--10、1–10、pp. 1 - 10）。</translation>
    </message>
    <message>
        <source>Clean years</source>
        <translation>清理年份</translation>
    </message>
    <message>
        <source>Remove punctuation around years (&quot;2013.&quot;, &quot;(2013)&quot;, &quot;c2013&quot;).</source>
        <translation>去除年份周围的标点（“2013.”、“(2013)”、“c2013”）。</translation>
    </message>
    <message>
        <source>Hyphenate ISSN/ISBN</source>
        <translation>ISSN/ISBN 加连字符</translation>
    </message>
    <message>
        <source>Write valid ISSNs as 1234-5679 and ISBN separators as hyphens (grouping kept as written).</source>
        <translation>将有效的 ISSN 写作 1234-5679，ISBN 分隔符写作连字符（保留原有分组）。</translation>
    </message>
    <message>
        <source>ALL-CAPS titles</source>
        <translation>全大写标题</translation>
    </message>
    <message>
        <source>Suggest sentence case for titles written in capitals; never applied by &quot;all&quot;.</source>
        <translation>为全大写的标题建议仅句首大写；“all”不会应用此项。</translation>
    </message>
    <message>
        <source>DOI (from %1)</source>
        <translation>DOI（来自 %1）</translation>
    </message>
    <message>
        <source>unknown cleanup action(s): %1; valid: %2, all</source>
        <translation>未知的清理操作：%1；有效值：%2, all</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupDialog</name>
    <message>
        <source>Clean Up</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>%1 Suggestions only: they start unticked.</source>
        <translation>%1 仅为建议：初始不勾选。</translation>
    </message>
    <message>
        <source>1-10 (hyphen)</source>
        <translation>1-10（连字符）</translation>
    </message>
    <message>
        <source>1--10 (BibTeX)</source>
        <translation>1--10（BibTeX）</translation>
    </message>
    <message>
        <source>1–10 (en dash)</source>
        <translation>1–10（连接号）</translation>
    </message>
    <message>
        <source>Family, Given (Costa, Luís)</source>
        <translation>姓, 名（Costa, Luís）</translation>
    </message>
    <message>
        <source>Given Family (Luís Costa)</source>
        <translation>名 姓（Luís Costa）</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>&amp;Page ranges:</source>
        <translation>页码范围(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Apply Checked</source>
        <translation>应用已勾选项</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <source>Each action&apos;s checked changes are applied as one undo step. Suggestions start unchecked.</source>
        <translation>每个操作中已勾选的更改会一起应用，并可一步撤销。建议初始不勾选。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) checked.</source>
        <translation>
            <numerusform>已勾选 %n 处更改中的 %1 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do for: %1.</source>
        <translation>以下操作无需执行：%1。</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupPipeline</name>
    <message numerus="yes">
        <source>%n text(s) changed</source>
        <translation>
            <numerusform>已更改 %n 处文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) not applied (name the action to apply them)</source>
        <translation>
            <numerusform>%n 条建议未应用（指定该操作即可应用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) merged</source>
        <translation>
            <numerusform>已合并 %n 组</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records -&gt; %2</source>
        <translation>%1 条记录 -&gt; %2</translation>
    </message>
    <message>
        <source>  merged %1 (%2): %3</source>
        <translation>  已合并 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>refmend::CompareDialog</name>
    <message>
        <source>Compare %1</source>
        <translation>比较 %1</translation>
    </message>
    <message>
        <source>The records of %1 on disk and the version open here are the same; only the way the file is written differs.</source>
        <translation>磁盘上的 %1 与此处打开的版本中的记录相同，只是文件的写法不同。</translation>
    </message>
    <message numerus="yes">
        <source>%1 on disk and the version open here differ in %n record(s).</source>
        <translation>
            <numerusform>磁盘上的 %1 与此处打开的版本有 %n 条记录不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>磁盘上的版本</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>此处打开的版本</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>how the fields are tagged</source>
        <translation>字段的标签</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>从磁盘重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Show the file as the other program left it (Undo brings your version back)</source>
        <translation>按其他程序保存后的内容显示文件（撤销可恢复您的版本）</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the version open here; saving it replaces the file on disk</source>
        <translation>保留此处打开的版本；保存后将替换磁盘上的文件</translation>
    </message>
</context>
<context>
    <name>refmend::ConnectLibraryDialog</name>
    <message>
        <source>Connect to a Shared Library</source>
        <translation>连接到共享文献库</translation>
    </message>
    <message>
        <source>from PGPASSWORD</source>
        <translation>取自 PGPASSWORD</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>for example: lab_references</source>
        <translation>例如：lab_references</translation>
    </message>
    <message>
        <source>A shared library is a PostgreSQL database that several people edit at once. RefMend makes its tables the first time.</source>
        <translation>共享文献库是可供多人同时编辑的 PostgreSQL 数据库。RefMend 会在首次连接时创建所需的表。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The password is not stored.</source>
        <translation>密码不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>refmend::DetailView</name>
    <message>
        <source>No record selected.</source>
        <translation>未选择记录。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This record could not be read&lt;/b&gt; (line %1). Its text is kept as it is and saved back unchanged; the Problems panel says what was wrong.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法读取此记录&lt;/b&gt;（第 %1 行）。其文本按原样保留，保存时不作更改；“问题”面板会说明出错原因。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (Eds.)</source>
        <translation>%1（编）</translation>
    </message>
    <message>
        <source>In %1 (Eds.), &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>载于 %1（编），&lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>DOI:</source>
        <translation>DOI：</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>关键词：</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Citation &amp;style:</source>
        <translation>引用格式(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>refmend::Document</name>
    <message>
        <source>This file&apos;s format can be read but not written; use Save As.</source>
        <translation>此文件格式只能读取，不能写入；请使用“另存为”。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 中没有记录。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Reload %1 from Disk</source>
        <translation>从磁盘重新加载 %1</translation>
    </message>
</context>
<context>
    <name>refmend::DocumentGuard</name>
    <message>
        <source>an untitled collection</source>
        <translation>未命名的集合</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy of your changes: %1</source>
        <translation>无法保留更改的恢复副本：%1</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>RefMend closed without saving changes to %1 at %2. Recover them?</source>
        <translation>RefMend 于 %2 关闭时未保存对 %1 的更改。是否恢复这些更改？</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were kept for recovery.</source>
        <translation>
            <numerusform>已保留 %n 条记录以供恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has changed on disk since then; saving the recovered version replaces it.</source>
        <translation>此后磁盘上的文件已更改；保存恢复的版本将替换该文件。</translation>
    </message>
    <message>
        <source>Decide Later keeps them for the next time you open the file.</source>
        <translation>“稍后决定”会保留这些更改，留待下次打开该文件时处理。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The changes to %1 could not be recovered.</source>
        <translation>无法恢复对 %1 的更改。</translation>
    </message>
    <message>
        <source>%1

The recovery file is kept: %2</source>
        <translation>%1

恢复文件已保留：%2</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>已恢复对 %1 的未保存更改</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 已被其他程序更改。</translation>
    </message>
    <message>
        <source>You have unsaved changes. Reload shows the file as it is now (Undo brings your version back); Keep Mine keeps your version, and saving it replaces the other program&apos;s changes.</source>
        <translation>您有未保存的更改。“重新加载”会显示文件现在的内容（撤销可恢复您的版本）；“保留我的版本”会保留您的版本，保存后将覆盖其他程序所做的更改。</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now (Undo brings back the version you had); Keep Mine keeps the version open here, and saving it replaces the other program&apos;s changes.</source>
        <translation>“重新加载”会显示文件现在的内容（撤销可恢复您原来的版本）；“保留我的版本”会保留此处打开的版本，保存后将覆盖其他程序所做的更改。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>%1 could not be read; the version open here is kept.</source>
        <translation>无法读取 %1；将保留此处打开的版本。</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>无法重新加载</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; Undo brings back the version you had</source>
        <translation>已从磁盘重新加载 %1；撤销可恢复您原来的版本</translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation>文件已删除</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation>%1 已被其他程序删除或移动。</translation>
    </message>
    <message>
        <source>The version open here is kept. Save it to write the file again.</source>
        <translation>将保留此处打开的版本。保存该版本即可重新写入文件。</translation>
    </message>
</context>
<context>
    <name>refmend::DocumentLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>正在解码 %1…</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>正在读取 %1 的记录…</translation>
    </message>
    <message>
        <source>Preparing the table for %1…</source>
        <translation>正在为 %1 准备表格…</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateFinder</name>
    <message>
        <source>same DOI</source>
        <translation>相同 DOI</translation>
    </message>
    <message>
        <source>same title, year and first author</source>
        <translation>标题、年份和第一作者相同</translation>
    </message>
    <message>
        <source>similar title, same year and first author</source>
        <translation>标题相似，年份和第一作者相同</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1（%n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1（保留）</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>查找重复项</translation>
    </message>
    <message>
        <source>100%: titles must be equal once case, accents and punctuation are ignored; lower values also join titles that differ a little</source>
        <translation>100%：忽略大小写、重音和标点后，标题必须相同；较低的值也会归并略有差异的标题</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Same &amp;DOI</source>
        <translation>相同 DOI(&amp;D)</translation>
    </message>
    <message>
        <source>Same &amp;title, year and first author</source>
        <translation>相同标题、年份和第一作者(&amp;T)</translation>
    </message>
    <message>
        <source>Title &amp;similarity:</source>
        <translation>标题相似度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose field by field how the selected group&apos;s records become one</source>
        <translation>逐个字段选择如何将所选分组的记录合并为一条</translation>
    </message>
    <message>
        <source>Merge &amp;All</source>
        <translation>全部合并(&amp;A)</translation>
    </message>
    <message>
        <source>Merge every group, keeping the most complete values (one undo step)</source>
        <translation>合并所有分组，保留最完整的值（可一步撤销）</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未找到重复项。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), %1 records.</source>
        <translation>
            <numerusform>%n 组，共 %1 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>带字节顺序标记（BOM）的 UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian, with byte order mark)</source>
        <translation>UTF-16（小端序，带字节顺序标记）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1（Latin-1）</translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation>LF（Linux、macOS）</translation>
    </message>
    <message>
        <source>CR LF (Windows)</source>
        <translation>CR LF（Windows）</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected record(s)</source>
        <translation>
            <numerusform>仅所选的 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV columns:</source>
        <translation>CSV 列：</translation>
    </message>
    <message>
        <source>Every field has a place in this format.</source>
        <translation>所有字段在此格式中都有对应位置。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Line endings:</source>
        <translation>换行符(&amp;L)：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>What this format cannot carry:</source>
        <translation>此格式无法容纳的内容：</translation>
    </message>
    <message>
        <source>Nothing: every field has a place.</source>
        <translation>无：所有字段都有对应位置。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>记录 %1：%2</translation>
    </message>
</context>
<context>
    <name>refmend::FindReplace</name>
    <message>
        <source>nothing to find</source>
        <translation>没有要查找的内容</translation>
    </message>
    <message>
        <source>invalid regular expression at position %1: %2</source>
        <translation>正则表达式在位置 %1 处无效：%2</translation>
    </message>
</context>
<context>
    <name>refmend::FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <source>Perl-compatible; use \1 or $1 for groups in the replacement</source>
        <translation>兼容 Perl；在替换文本中用 \1 或 $1 引用分组</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;All fields</source>
        <translation>所有字段(&amp;A)</translation>
    </message>
    <message>
        <source>Other (unknown tags)</source>
        <translation>其他（未知标签）</translation>
    </message>
    <message>
        <source>&amp;Names (authors, editors, …)</source>
        <translation>姓名（作者、编者……）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>替换为(&amp;R)：</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>搜索范围：</translation>
    </message>
    <message>
        <source>&amp;Replace Checked</source>
        <translation>替换已勾选项(&amp;P)</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>没有匹配项。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 texts.</source>
        <translation>
            <numerusform>在 %1 处文本中找到 %n 个匹配项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::HistoryDialog</name>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>恢复此值(&amp;R)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Set this field back to the value it had before this change (a removed record comes back)</source>
        <translation>将此字段恢复为此次更改之前的值（已删除的记录会恢复）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type as written</source>
        <translation>类型（原始写法）</translation>
    </message>
    <message>
        <source>Field order</source>
        <translation>字段顺序</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back as it was before that change.</source>
        <translation>%1 已恢复为该更改之前的状态。</translation>
    </message>
    <message>
        <source>The library is offline: the restore waits and is written when it is back.</source>
        <translation>文献库已离线：此恢复操作将暂存，待文献库恢复连接后写入。</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>the record changed meanwhile</source>
        <translation>该记录在此期间已被更改</translation>
    </message>
</context>
<context>
    <name>refmend::IntegrityCheck</name>
    <message>
        <source>Missing required field</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>Invalid DOI</source>
        <translation>无效的 DOI</translation>
    </message>
    <message>
        <source>ISSN checksum</source>
        <translation>ISSN 校验位</translation>
    </message>
    <message>
        <source>ISBN checksum</source>
        <translation>ISBN 校验位</translation>
    </message>
    <message>
        <source>Year out of range</source>
        <translation>年份超出范围</translation>
    </message>
    <message>
        <source>Suspected mojibake</source>
        <translation>疑似乱码</translation>
    </message>
    <message>
        <source>Decomposed Unicode (NFD)</source>
        <translation>分解形式的 Unicode（NFD）</translation>
    </message>
    <message>
        <source>Name not split</source>
        <translation>姓名未拆分</translation>
    </message>
    <message>
        <source>Name parts swapped</source>
        <translation>姓名各部分颠倒</translation>
    </message>
    <message>
        <source>Duplicate citation key</source>
        <translation>重复的引用键</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1：缺少%2</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>authors or editors</source>
        <translation>作者或编者</translation>
    </message>
    <message>
        <source>%1 is not a DOI (10.NNNN/...)</source>
        <translation>%1 不是 DOI（10.NNNN/...）</translation>
    </message>
    <message>
        <source>ISSN %1 fails its checksum</source>
        <translation>ISSN %1 的校验位错误</translation>
    </message>
    <message>
        <source>ISBN %1 does not start with 978 or 979</source>
        <translation>ISBN %1 不以 978 或 979 开头</translation>
    </message>
    <message>
        <source>ISBN %1 fails its checksum</source>
        <translation>ISBN %1 的校验位错误</translation>
    </message>
    <message>
        <source>year %1 is out of range (1400-%2)</source>
        <translation>年份 %1 超出范围（1400-%2）</translation>
    </message>
    <message>
        <source>suspected mojibake: %1 should read %2</source>
        <translation>疑似乱码：%1 应为 %2</translation>
    </message>
    <message>
        <source>Repair as %1</source>
        <translation>修复为 %1</translation>
    </message>
    <message>
        <source>text uses decomposed accents (NFD) while the collection uses composed ones (NFC)</source>
        <translation>文本使用分解形式的重音（NFD），而集合使用合成形式（NFC）</translation>
    </message>
    <message>
        <source>text uses decomposed accents (NFD)</source>
        <translation>文本使用分解形式的重音（NFD）</translation>
    </message>
    <message>
        <source>Convert to NFC</source>
        <translation>转换为 NFC</translation>
    </message>
    <message>
        <source>%1 looks like a whole name in the family-name field</source>
        <translation>%1 看起来是写在姓字段中的全名</translation>
    </message>
    <message>
        <source>Split as %1</source>
        <translation>拆分为 %1</translation>
    </message>
    <message>
        <source>given name %1 looks like a family name (swapped with %2?)</source>
        <translation>名 %1 看起来像姓（是否与 %2 颠倒？）</translation>
    </message>
    <message>
        <source>Swap to %1</source>
        <translation>互换为 %1</translation>
    </message>
    <message>
        <source>citation key %1 is also used by record %2 (line %3)</source>
        <translation>引用键 %1 也被记录 %2 使用（第 %3 行）</translation>
    </message>
    <message>
        <source>citation key %1 is also used by record %2</source>
        <translation>引用键 %1 也被记录 %2 使用</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>重命名为 %1</translation>
    </message>
</context>
<context>
    <name>refmend::IntegrityProblemModel</name>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Click to fix (one undo step)</source>
        <translation>点击修复（可一步撤销）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
</context>
<context>
    <name>refmend::Library</name>
    <message>
        <source>No library given</source>
        <translation>未指定文献库</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</source>
        <translation>未安装 Qt PostgreSQL 驱动（QPSQL）（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not a RefMend library (not an SQLite file)</source>
        <translation>%1 不是 RefMend 文献库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>无法打开文献库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot set up the library: %1</source>
        <translation>无法初始化文献库：%1</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>无法读取文献库：%1</translation>
    </message>
    <message>
        <source>The library %1 is not connected</source>
        <translation>文献库 %1 未连接</translation>
    </message>
    <message>
        <source>Nothing was added to the library: %1</source>
        <translation>未向文献库添加任何内容：%1</translation>
    </message>
    <message>
        <source>Record %1 is not in the library (removed by someone else?)</source>
        <translation>记录 %1 不在文献库中（可能已被他人删除）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>No journal entry %1</source>
        <translation>不存在修改历史条目 %1</translation>
    </message>
    <message>
        <source>Only a removal can be undone from the journal</source>
        <translation>在修改历史中，只能撤销记录的删除</translation>
    </message>
    <message>
        <source>The record is not removed</source>
        <translation>该记录未被删除</translation>
    </message>
</context>
<context>
    <name>refmend::LibrarySync</name>
    <message>
        <source>The library %1 is offline (%2): changes wait here and are written when it is back</source>
        <translation>文献库 %1 已离线（%2）：更改将暂存在本地，待其恢复连接后写入</translation>
    </message>
    <message>
        <source>The library %1 is back: waiting changes were written</source>
        <translation>文献库 %1 已恢复连接：暂存的更改已写入</translation>
    </message>
    <message>
        <source>A record you edited had been removed by someone else: it was added again with your changes</source>
        <translation>您编辑的一条记录已被他人删除：已连同您的更改重新添加</translation>
    </message>
    <message>
        <source>Could not write to the library %1: %2</source>
        <translation>无法写入文献库 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting for the library</source>
        <translation>
            <numerusform>离线：%n 项更改正在等待写入文献库</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to the library %1</source>
        <translation>已保存到文献库 %1</translation>
    </message>
    <message>
        <source>Merge with the library&apos;s version</source>
        <translation>与文献库中的版本合并</translation>
    </message>
    <message>
        <source>Records were removed by someone else</source>
        <translation>他人删除了记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated from the library</source>
        <translation>
            <numerusform>已从文献库更新 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::MainWindow</name>
    <message>
        <source>Search all fields</source>
        <translation>搜索所有字段</translation>
    </message>
    <message>
        <source>Every word must occur; case and accents are ignored</source>
        <translation>必须包含每个词；忽略大小写和重音</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the records of another file to this collection</source>
        <translation>将另一个文件中的记录添加到此集合</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Repair &amp;Garbled Text…</source>
        <translation>修复乱码文本(&amp;G)…</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>查找和替换(&amp;L)…</translation>
    </message>
    <message>
        <source>Replace text in chosen fields of every record, with a preview</source>
        <translation>在所有记录的选定字段中替换文本，并可预览</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Authors…</source>
        <translation>作者(&amp;A)…</translation>
    </message>
    <message>
        <source>Every person in the collection, with name variants grouped</source>
        <translation>集合中的所有人员，姓名变体已分组</translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>清理(&amp;C)…</translation>
    </message>
    <message>
        <source>Preview and apply cleanup actions to every record</source>
        <translation>预览并对所有记录应用清理操作</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复项(&amp;D)…</translation>
    </message>
    <message>
        <source>Find records that are the same work and merge them</source>
        <translation>查找属于同一作品的记录并合并</translation>
    </message>
    <message>
        <source>Check &amp;Integrity</source>
        <translation>检查完整性(&amp;I)</translation>
    </message>
    <message>
        <source>List missing fields, invalid identifiers and suspicious names</source>
        <translation>列出缺失的字段、无效的标识符和可疑的姓名</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>作者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RefMend</source>
        <translation>关于 RefMend(&amp;A)</translation>
    </message>
    <message>
        <source>About RefMend</source>
        <translation>关于 RefMend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RefMend %1&lt;/h3&gt;&lt;p&gt;Opens, repairs and converts reference (citation) files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RefMend %1&lt;/h3&gt;&lt;p&gt;打开、修复和转换文献引用文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>导出为 %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>已导出 %1（%2）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>%1 could not be imported.

%2</source>
        <translation>无法导入 %1。

%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>RefMend</source>
        <translation>RefMend</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 条记录</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its keyboard shortcut</source>
        <translation>所有操作及其键盘快捷键</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>主工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Choose Format…</source>
        <translation>选择格式(&amp;C)…</translation>
    </message>
    <message>
        <source>Export with the default format of the Preferences, or another</source>
        <translation>以首选项中的默认格式或其他格式导出</translation>
    </message>
    <message>
        <source>%1 could not be saved.

%2

Nothing on disk was changed, and your changes are still open here.</source>
        <translation>无法保存 %1。

%2

磁盘上的内容未作任何更改，您的更改仍在此处打开。</translation>
    </message>
    <message>
        <source>Backup Incomplete</source>
        <translation>备份不完整</translation>
    </message>
    <message>
        <source>%1 was saved, but the backup of its previous version is incomplete: %2</source>
        <translation>已保存 %1，但其上一版本的备份不完整：%2</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文献库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开文献库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open or create a library file (.refmend), where every change is saved as you make it</source>
        <translation>打开或创建文献库文件（.refmend），每次更改都会即时保存</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Library…</source>
        <translation>连接到共享文献库(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a library on a PostgreSQL server that several people edit at once</source>
        <translation>打开 PostgreSQL 服务器上可供多人同时编辑的文献库</translation>
    </message>
    <message>
        <source>Record &amp;History…</source>
        <translation>记录的修改历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change of the current record: who, when, before and after; restore any earlier value</source>
        <translation>当前记录的每次更改：修改人、时间、修改前和修改后的值；可恢复任一先前的值</translation>
    </message>
    <message>
        <source>&amp;Close Library</source>
        <translation>关闭文献库(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>无法打开文献库</translation>
    </message>
    <message>
        <source>Every change is saved in the library %1.</source>
        <translation>每次更改都会保存到文献库 %1 中。</translation>
    </message>
    <message>
        <source>%1 (shared library)</source>
        <translation>%1（共享文献库）</translation>
    </message>
    <message>
        <source>%1 (library)</source>
        <translation>%1（文献库）</translation>
    </message>
    <message>
        <source>PostgreSQL library</source>
        <translation>PostgreSQL 文献库</translation>
    </message>
    <message>
        <source>SQLite library</source>
        <translation>SQLite 文献库</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password of %1 for the library %2:</source>
        <translation>用户 %1 访问文献库 %2 的密码：</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation>无法打开文献库 %1。

%2</translation>
    </message>
    <message>
        <source>%1: the undo history was cleared.</source>
        <translation>%1：撤销历史已清除。</translation>
    </message>
    <message numerus="yes">
        <source>Opened the library %1: %n record(s).</source>
        <translation>
            <numerusform>已打开文献库 %1：%n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or Create a Library</source>
        <translation>打开或创建文献库</translation>
    </message>
    <message>
        <source>RefMend libraries (*.refmend)</source>
        <translation>RefMend 文献库 (*.refmend)</translation>
    </message>
    <message>
        <source>This record is not in the library yet.</source>
        <translation>此记录尚未保存到文献库。</translation>
    </message>
    <message>
        <source>Someone else had saved this record meanwhile; their changes and yours were both kept.</source>
        <translation>他人在此期间保存了此记录；对方的更改和您的更改均已保留。</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>文献库中的版本</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>由 %1 保存</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it, and you both changed: %1. Choose, for each field, the version to keep. Cancel keeps yours where you both changed it, and theirs elsewhere.</source>
        <translation>您编辑此记录期间，他人保存了此记录，且你们都更改了：%1。请为每个字段选择要保留的版本。“取消”会在双方都更改的字段中保留您的版本，其余字段保留对方的版本。</translation>
    </message>
    <message>
        <source>Someone Else Changed This Record</source>
        <translation>他人已更改此记录</translation>
    </message>
    <message>
        <source>&amp;New Window</source>
        <translation>新建窗口(&amp;N)</translation>
    </message>
    <message>
        <source>Open another window, to work on several files at once</source>
        <translation>打开另一个窗口，以便同时处理多个文件</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected records as formatted citations, and as records for another RefMend window</source>
        <translation>将所选记录复制为格式化引文，并作为记录供另一个 RefMend 窗口使用</translation>
    </message>
    <message>
        <source>Copy &amp;As</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Formatted Citation</source>
        <translation>格式化引文(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;BibTeX</source>
        <translation>BibTeX(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;RIS</source>
        <translation>RIS(&amp;R)</translation>
    </message>
    <message>
        <source>CSL-&amp;JSON</source>
        <translation>CSL-JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select the records to copy.</source>
        <translation>请选择要复制的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>已复制 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no records in a format RefMend reads.</source>
        <translation>剪贴板中没有 RefMend 可读取格式的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n record(s).</source>
        <translation>
            <numerusform>已粘贴 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the records on the clipboard (BibTeX, RIS, EndNote, CSL-JSON, …) after the current record</source>
        <translation>将剪贴板中的记录（BibTeX、RIS、EndNote、CSL-JSON…）插入到当前记录之后</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) of the file, shown while the rest is read</source>
        <translation>
            <numerusform>文件的前 %n 条记录，在读取其余部分时显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) are shown; reading the rest…</source>
        <translation>
            <numerusform>已显示前 %n 条记录；正在读取其余部分…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n record(s) by %1…</source>
        <translation>
            <numerusform>正在按%1排序 %n 条记录…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n record(s)…</source>
        <translation>
            <numerusform>正在搜索 %n 条记录…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; the file was not changed.</source>
        <translation>已取消写入 %1；文件未被更改。</translation>
    </message>
</context>
<context>
    <name>refmend::MergeDialog</name>
    <message>
        <source>Merge Records</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>合并“%1”</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;字段&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Record %1 (most complete)</source>
        <translation>记录 %1（最完整）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged&lt;/b&gt;</source>
        <translation>&lt;b&gt;合并结果&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Combine the keywords of all records</source>
        <translation>合并所有记录的关键词</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>Fields RefMend does not know are kept from every record</source>
        <translation>RefMend 不认识的字段会从每条记录中保留</translation>
    </message>
    <message>
        <source>Choose, for each field, the record it comes from. The merged record replaces the first record; the others are removed. One undo step restores them all.</source>
        <translation>请为每个字段选择其来源记录。合并后的记录将替换第一条记录，其余记录将被删除。撤销一步即可全部恢复。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>refmend::PersonListModel</name>
    <message>
        <source>An institution or a name that must not be split into parts</source>
        <translation>机构或不可拆分的姓名</translation>
    </message>
    <message>
        <source>As written in the file: %1</source>
        <translation>文件中的写法：%1</translation>
    </message>
    <message>
        <source>Family name, or the whole name of an institution</source>
        <translation>姓，或机构的全称</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>refmend::PersonRole</name>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编者</translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation>丛书编者</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>译者</translation>
    </message>
</context>
<context>
    <name>refmend::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Family name first (Curie, Marie)</source>
        <translation>姓在前（Curie, Marie）</translation>
    </message>
    <message>
        <source>Given name first (Marie Curie)</source>
        <translation>名在前（Marie Curie）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>To choose the columns, right-click the header of the table.</source>
        <translation>要选择显示哪些列，请右键单击表格的标题行。</translation>
    </message>
    <message>
        <source>Same as the open file</source>
        <translation>与打开的文件相同</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Default &amp;format:</source>
        <translation>默认格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Default &amp;encoding:</source>
        <translation>默认编码(&amp;E)：</translation>
    </message>
    <message>
        <source>File &gt; Export &gt; Choose Format starts with these; the Export dialog can still change them.</source>
        <translation>“文件 &gt; 导出 &gt; 选择格式”以这些值开始；在导出对话框中仍可更改。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language is used the next time RefMend starts.</source>
        <translation>新语言将在下次启动 RefMend 时生效。</translation>
    </message>
    <message>
        <source>Keep a &amp;backup of the previous version (name.bak) when saving</source>
        <translation>保存时保留上一版本的备份（name.bak）(&amp;B)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>保留的备份数(&amp;K)：</translation>
    </message>
    <message>
        <source>Saving refs.bib keeps the version it replaces as refs.bib.bak; with more than one, the older ones move to refs.bib.bak2, refs.bib.bak3, … and the oldest beyond the number is removed. Saving a file that did not change keeps the backups as they are.</source>
        <translation>保存 refs.bib 时，被替换的版本会保留为 refs.bib.bak；保留多份时，较旧的备份依次改名为 refs.bib.bak2、refs.bib.bak3……超出数量的最旧备份将被删除。保存未更改的文件时，备份保持不变。</translation>
    </message>
    <message>
        <source>&amp;Citation style:</source>
        <translation>引用格式(&amp;C)：</translation>
    </message>
    <message>
        <source>Used by the detail view and by Copy.</source>
        <translation>用于详细信息视图和“复制”。</translation>
    </message>
    <message>
        <source>As the file has them</source>
        <translation>与文件一致</translation>
    </message>
    <message>
        <source>LaTeX commands (L{\&apos;u}cia), plain ASCII</source>
        <translation>LaTeX 命令（L{\&apos;u}cia），纯 ASCII</translation>
    </message>
    <message>
        <source>UTF-8 characters (Lúcia)</source>
        <translation>UTF-8 字符（Lúcia）</translation>
    </message>
    <message>
        <source>How accented and other non-ASCII letters are written in BibTeX and BibLaTeX files. &quot;As the file has them&quot; keeps a UTF-8 file in UTF-8 and writes new BibTeX text with LaTeX commands.</source>
        <translation>BibTeX 和 BibLaTeX 文件中带重音的字母及其他非 ASCII 字符的写法。“与文件一致”会让 UTF-8 文件保持 UTF-8，新的 BibTeX 文本用 LaTeX 命令写出。</translation>
    </message>
    <message>
        <source>&amp;BibTeX characters:</source>
        <translation>BibTeX 字符(&amp;B):</translation>
    </message>
</context>
<context>
    <name>refmend::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>行:列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Fix Selected</source>
        <translation>修复所选项(&amp;F)</translation>
    </message>
    <message>
        <source>Apply the fixes of the selected problems (one undo step)</source>
        <translation>应用所选问题的修复（可一步撤销）</translation>
    </message>
    <message>
        <source>Fix &amp;All</source>
        <translation>全部修复(&amp;A)</translation>
    </message>
    <message>
        <source>Apply every fix the checks offer (one undo step)</source>
        <translation>应用检查提供的所有修复（可一步撤销）</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>读取（%1）</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>检查（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), %1 with a fix</source>
        <translation>
            <numerusform>%n 个问题，其中 %1 个可修复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::RecordDifference</name>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>refmend::RecordEditor</name>
    <message>
        <source>Tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>No record selected.</source>
        <translation>未选择记录。</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Written in the file with the tag &quot;%1&quot;</source>
        <translation>文件中以标签“%1”写入</translation>
    </message>
    <message>
        <source>(as written: %1)</source>
        <translation>（原文：%1）</translation>
    </message>
    <message>
        <source>Edit %1 fields</source>
        <translation>编辑 %1 个字段</translation>
    </message>
    <message>
        <source>Other Tag…</source>
        <translation>其他标签…</translation>
    </message>
    <message>
        <source>Tag of the new field, as the format writes it:</source>
        <translation>新字段的标签（按该格式的写法）：</translation>
    </message>
    <message>
        <source>The DOI should look like 10.1234/abc.</source>
        <translation>DOI 的格式应类似 10.1234/abc。</translation>
    </message>
    <message>
        <source>The URL should start with http:// or https://.</source>
        <translation>URL 应以 http:// 或 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>refmend::RecordTableModel</name>
    <message>
        <source>Unreadable record (line %1)</source>
        <translation>无法读取的记录（第 %1 行）</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Journal / Container</source>
        <translation>期刊 / 出处</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>refmend::RepairBar</name>
    <message>
        <source>Review…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>See each garbled text and its repair, and choose which to apply</source>
        <translation>查看每处乱码文本及其修复，并选择要应用哪些修复</translation>
    </message>
    <message>
        <source>Repair All</source>
        <translation>全部修复</translation>
    </message>
    <message>
        <source>Repair every garbled text (one undo step)</source>
        <translation>修复所有乱码文本（可一步撤销）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>1 field looks garbled (wrong character encoding).</source>
        <translation>有 1 个字段疑似乱码（字符编码错误）。</translation>
    </message>
    <message>
        <source>%1 fields look garbled (wrong character encoding).</source>
        <translation>有 %1 个字段疑似乱码（字符编码错误）。</translation>
    </message>
</context>
<context>
    <name>refmend::RepairDialog</name>
    <message>
        <source>Repair Garbled Text</source>
        <translation>修复乱码文本</translation>
    </message>
    <message>
        <source>These texts look as if they were read with the wrong character encoding. Checked repairs are applied together and can be undone in one step.</source>
        <translation>这些文本看起来是用错误的字符编码读取的。已勾选的修复将一起应用，并可一步撤销。</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Repair Checked</source>
        <translation>修复已勾选项</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>全部取消勾选</translation>
    </message>
</context>
<context>
    <name>refmend::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>搜索操作和按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>refmend::schema</name>
    <message>
        <source>Cannot update the library&apos;s tables: %1 (%2)</source>
        <translation>无法更新文献库的表：%1（%2）</translation>
    </message>
    <message>
        <source>Cannot update the library&apos;s tables: %1</source>
        <translation>无法更新文献库的表：%1</translation>
    </message>
    <message>
        <source>This database holds other tables: it is not a RefMend library</source>
        <translation>此数据库包含其他表：它不是 RefMend 文献库</translation>
    </message>
    <message>
        <source>This library was made by a newer RefMend (schema %1; this one knows %2)</source>
        <translation>此文献库由更高版本的 RefMend 创建（架构版本 %1；当前版本仅支持 %2）</translation>
    </message>
</context>
</TS>
