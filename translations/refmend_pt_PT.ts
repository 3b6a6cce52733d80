<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ApplyRepairsCommand</name>
    <message numerus="yes">
        <source>Repair %n garbled text(s)</source>
        <translation>
            <numerusform>Reparar %n texto corrompido</numerusform>
            <numerusform>Reparar %n textos corrompidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message numerus="yes">
        <source>%1 in %n record(s)</source>
        <translation>
            <numerusform>%1 em %n registo</numerusform>
            <numerusform>%1 em %n registos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldKey</name>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Short Title</source>
        <translation>Título abreviado</translation>
    </message>
    <message>
        <source>Journal / Container</source>
        <translation>Revista / Publicação</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editora</translation>
    </message>
    <message>
        <source>Place Published</source>
        <translation>Local de publicação</translation>
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
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>ISBN/ISSN</source>
        <translation>ISBN/ISSN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Call Number</source>
        <translation>Cota</translation>
    </message>
    <message>
        <source>Accession Number</source>
        <translation>Número de acesso</translation>
    </message>
    <message>
        <source>Author Address</source>
        <translation>Endereço do autor</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secção</translation>
    </message>
    <message>
        <source>Number of Volumes</source>
        <translation>Número de volumes</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de dados</translation>
    </message>
</context>
<context>
    <name>FindReplaceCommand</name>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n record(s)</source>
        <translation>
            <numerusform>Substituir «%1» por «%2» em %n registo</numerusform>
            <numerusform>Substituir «%1» por «%2» em %n registos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixProblemsCommand</name>
    <message numerus="yes">
        <source>Fix %n problem(s)</source>
        <translation>
            <numerusform>Corrigir %n problema</numerusform>
            <numerusform>Corrigir %n problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeRecordsCommand</name>
    <message numerus="yes">
        <source>Merge %n record(s) into “%1”</source>
        <translation>
            <numerusform>Fundir %n registo em «%1»</numerusform>
            <numerusform>Fundir %n registos em «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate group(s)</source>
        <translation>
            <numerusform>Fundir %n grupo de duplicados</numerusform>
            <numerusform>Fundir %n grupos de duplicados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MojibakeRepair</name>
    <message>
        <source>GBK text read as Latin-1</source>
        <translation>Texto GBK lido como Latin-1</translation>
    </message>
    <message>
        <source>UTF-8 text read as Windows-1252</source>
        <translation>Texto UTF-8 lido como Windows-1252</translation>
    </message>
    <message>
        <source>UTF-8 text read as Windows-1252 twice</source>
        <translation>Texto UTF-8 lido duas vezes como Windows-1252</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar tudo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sim para &amp;todos</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para todos</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Repor predefinições</translation>
    </message>
</context>
<context>
    <name>RecordMimeData</name>
    <message numerus="yes">
        <source>Drop %n Record(s)</source>
        <translation>
            <numerusform>Largar %n registo</numerusform>
            <numerusform>Largar %n registos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Record(s)</source>
        <translation>
            <numerusform>Colar %n registo</numerusform>
            <numerusform>Colar %n registos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Generic</source>
        <translation>Genérico</translation>
    </message>
    <message>
        <source>Journal Article</source>
        <translation>Artigo de revista</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Livro</translation>
    </message>
    <message>
        <source>Book Chapter</source>
        <translation>Capítulo de livro</translation>
    </message>
    <message>
        <source>Conference Paper</source>
        <translation>Comunicação em conferência</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Tese</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Web Page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Patente</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
</context>
<context>
    <name>RenamePersonCommand</name>
    <message numerus="yes">
        <source>Rename to %1 in %n record(s)</source>
        <translation>
            <numerusform>Renomear para %1 em %n registo</numerusform>
            <numerusform>Renomear para %1 em %n registos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>SetPersonsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>SetTypeCommand</name>
    <message>
        <source>Change type to %1</source>
        <translation>Alterar o tipo para %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>View, repair and convert citation files.</source>
        <translation>Ver, reparar e converter ficheiros de referências bibliográficas.</translation>
    </message>
    <message>
        <source>Citation files to open.</source>
        <translation>Ficheiros de referências a abrir.</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorClusterModel</name>
    <message>
        <source>Spelled with a transliteration (ü / ue, ø / oe)</source>
        <translation>Escrito com uma transliteração (ü / ue, ø / oe)</translation>
    </message>
    <message>
        <source>The initials fit more than one person</source>
        <translation>As iniciais correspondem a mais de uma pessoa</translation>
    </message>
    <message>
        <source>Written with and without a suffix (Jr., III)</source>
        <translation>Escrito com e sem sufixo (Jr., III)</translation>
    </message>
    <message numerus="yes">
        <source>Written %n way(s): %1</source>
        <translation>
            <numerusform>Escrito de %n forma: %1</numerusform>
            <numerusform>Escrito de %n formas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation>Escrito como: %1</translation>
    </message>
    <message>
        <source>Possible match: %1</source>
        <translation>Possível correspondência: %1</translation>
    </message>
    <message>
        <source>%1. Check it to rename it together with this person.</source>
        <translation>%1. Marque-o para o renomear juntamente com esta pessoa.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorListEditor</name>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editores</translation>
    </message>
    <message>
        <source>Series editors</source>
        <translation>Editores da série</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>Tradutores</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add a person after the selected one</source>
        <translation>Adicionar uma pessoa a seguir à selecionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected people</source>
        <translation>Remover as pessoas selecionadas</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected person up</source>
        <translation>Mover a pessoa selecionada para cima</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the selected person down</source>
        <translation>Mover a pessoa selecionada para baixo</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <source>Exchange the given and family names of the selected people</source>
        <translation>Trocar o nome próprio e o apelido das pessoas selecionadas</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>Colar…</translation>
    </message>
    <message>
        <source>Add a list of names (&quot;A; B&quot;, one per line, or &quot;A and B&quot;)</source>
        <translation>Adicionar uma lista de nomes («A; B», um por linha, ou «A and B»)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>Remover %n pessoa</numerusform>
            <numerusform>Remover %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descer %1</translation>
    </message>
    <message>
        <source>Swap given and family names</source>
        <translation>Trocar nome próprio e apelido</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n names</source>
        <translation>
            <numerusform>Colar %n nome</numerusform>
            <numerusform>Colar %n nomes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Adicionar pessoa</translation>
    </message>
    <message>
        <source>Name (for example &quot;van der Berg, Jan&quot; or &quot;Jan van der Berg&quot;):</source>
        <translation>Nome (por exemplo «van der Berg, Jan» ou «Jan van der Berg»):</translation>
    </message>
    <message>
        <source>Paste Names</source>
        <translation>Colar nomes</translation>
    </message>
    <message>
        <source>Names, separated by &quot;;&quot;, by &quot; and &quot; or one per line:</source>
        <translation>Nomes, separados por «;», por « and » ou um por linha:</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorsView</name>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>Filtrar nomes</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todas as funções</translation>
    </message>
    <message>
        <source>Only names with variants</source>
        <translation>Só nomes com variantes</translation>
    </message>
    <message>
        <source>Show only persons written more than one way or with a possible match</source>
        <translation>Mostrar só as pessoas escritas de mais de uma forma ou com uma possível correspondência</translation>
    </message>
    <message>
        <source>Canonical form</source>
        <translation>Forma canónica</translation>
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
        <translation>&amp;Instituição:</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Apelido:</translation>
    </message>
    <message>
        <source>&amp;Given:</source>
        <translation>Nome &amp;próprio:</translation>
    </message>
    <message>
        <source>&amp;Particle:</source>
        <translation>Par&amp;tícula:</translation>
    </message>
    <message>
        <source>&amp;Suffix:</source>
        <translation>&amp;Sufixo:</translation>
    </message>
    <message>
        <source>Only the selected variant</source>
        <translation>Só a variante selecionada</translation>
    </message>
    <message>
        <source>Rename this way of writing the name only, not the whole cluster</source>
        <translation>Renomear só esta forma de escrever o nome, não o grupo todo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Write this form in every record that names the person (one undo step)</source>
        <translation>Escrever esta forma em todos os registos que mencionam a pessoa (anulável num só passo)</translation>
    </message>
    <message>
        <source>Pick a name or a variant in the list.</source>
        <translation>Escolha um nome ou uma variante na lista.</translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation>Escrito como: %1</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Record(s)</source>
        <translation>
            <numerusform>Aplicar a %n registo</numerusform>
            <numerusform>Aplicar a %n registos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n name(s) in %1 records.</source>
        <translation>
            <numerusform>%n nome renomeado em %1 registos.</numerusform>
            <numerusform>%n nomes renomeados em %1 registos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::Autosaver</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>cannot lock a recovery file in %1</source>
        <translation>não é possível bloquear um ficheiro de recuperação em %1</translation>
    </message>
    <message>
        <source>no format to write a recovery file in</source>
        <translation>não há nenhum formato em que escrever o ficheiro de recuperação</translation>
    </message>
</context>
<context>
    <name>refmend::ChangePreviewModel</name>
    <message>
        <source>Record %1</source>
        <translation>Registo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n change(s))</source>
        <translation>
            <numerusform>%1 (%2 de %n alteração)</numerusform>
            <numerusform>%1 (%2 de %n alterações)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestão</translation>
    </message>
    <message>
        <source>A suggestion: check it to apply it</source>
        <translation>Uma sugestão: marque-a para a aplicar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
</context>
<context>
    <name>refmend::CitationStyle</name>
    <message>
        <source>Vancouver</source>
        <translation>Vancouver</translation>
    </message>
    <message>
        <source>Chicago author-date</source>
        <translation>Chicago autor-data</translation>
    </message>
    <message>
        <source>APA 7</source>
        <translation>APA 7</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupActions</name>
    <message>
        <source>Repair mojibake</source>
        <translation>Reparar texto corrompido (mojibake)</translation>
    </message>
    <message>
        <source>Undo encoding accidents such as &quot;JosÃ©&quot; or &quot;L¨²cia&quot; in names and fields.</source>
        <translation>Desfazer erros de codificação como «JosÃ©» ou «L¨²cia» em nomes e campos.</translation>
    </message>
    <message>
        <source>LaTeX to Unicode</source>
        <translation>LaTeX para Unicode</translation>
    </message>
    <message>
        <source>Turn LaTeX accents and commands ({\&quot;u}, \&apos;e, \ss) into Unicode characters.</source>
        <translation>Converter acentos e comandos LaTeX ({\&quot;u}, \&apos;e, \ss) em caracteres Unicode.</translation>
    </message>
    <message>
        <source>Unicode NFC</source>
        <translation>Unicode NFC</translation>
    </message>
    <message>
        <source>Compose decomposed accents (e + combining acute becomes é).</source>
        <translation>Compor acentos decompostos (e + acento agudo combinatório passa a é).</translation>
    </message>
    <message>
        <source>Trim whitespace</source>
        <translation>Limpar espaços</translation>
    </message>
    <message>
        <source>Trim fields and names and collapse runs of spaces.</source>
        <translation>Retirar os espaços no início e no fim de campos e nomes e reduzir sequências de espaços a um só.</translation>
    </message>
    <message>
        <source>Normalise person names</source>
        <translation>Normalizar nomes de pessoas</translation>
    </message>
    <message>
        <source>Write names in one form, space initials (J. R. R.), give ALL-CAPS names proper case.</source>
        <translation>Escrever os nomes numa só forma, separar as iniciais (J. R. R.) e passar nomes em MAIÚSCULAS a maiúsculas e minúsculas.</translation>
    </message>
    <message>
        <source>Normalise DOIs</source>
        <translation>Normalizar DOI</translation>
    </message>
    <message>
        <source>Strip doi.org and doi: prefixes, lower-case, and move DOIs found in URL or note into the DOI field.</source>
        <translation>Retirar os prefixos doi.org e doi:, passar a minúsculas e mover os DOI encontrados no URL ou na nota para o campo DOI.</translation>
    </message>
    <message>
        <source>Normalise page ranges</source>
        <translation>Normalizar intervalos de páginas</translation>
    </message>
    <message>
        <source>Write page ranges (1-10, 1--10, 1–10, pp. 1 - 10) in the chosen form.</source>
        <translation>Escrever os intervalos de páginas (1-10, 1--10, 1–10, pp. 1 - 10) na forma escolhida.</translation>
    </message>
    <message>
        <source>Clean years</source>
        <translation>Limpar anos</translation>
    </message>
    <message>
        <source>Remove punctuation around years (&quot;2013.&quot;, &quot;(2013)&quot;, &quot;c2013&quot;).</source>
        <translation>Remover a pontuação à volta dos anos («2013.», «(2013)», «c2013»).</translation>
    </message>
    <message>
        <source>Hyphenate ISSN/ISBN</source>
        <translation>Hífenes em ISSN/ISBN</translation>
    </message>
    <message>
        <source>Write valid ISSNs as 1234-5679 and ISBN separators as hyphens (grouping kept as written).</source>
        <translation>Escrever os ISSN válidos como 1234-5679 e os separadores de ISBN como hífenes (mantendo o agrupamento escrito).</translation>
    </message>
    <message>
        <source>ALL-CAPS titles</source>
        <translation>Títulos em MAIÚSCULAS</translation>
    </message>
    <message>
        <source>Suggest sentence case for titles written in capitals; never applied by &quot;all&quot;.</source>
        <translation>Sugerir maiúscula só no início da frase para títulos escritos em maiúsculas; nunca aplicado por «all».</translation>
    </message>
    <message>
        <source>DOI (from %1)</source>
        <translation>DOI (de %1)</translation>
    </message>
    <message>
        <source>unknown cleanup action(s): %1; valid: %2, all</source>
        <translation>ação(ões) de limpeza desconhecida(s): %1; válidas: %2, all</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupDialog</name>
    <message>
        <source>Clean Up</source>
        <translation>Limpeza</translation>
    </message>
    <message>
        <source>%1 Suggestions only: they start unticked.</source>
        <translation>%1 Apenas sugestões: começam desmarcadas.</translation>
    </message>
    <message>
        <source>1-10 (hyphen)</source>
        <translation>1-10 (hífen)</translation>
    </message>
    <message>
        <source>1--10 (BibTeX)</source>
        <translation>1--10 (BibTeX)</translation>
    </message>
    <message>
        <source>1–10 (en dash)</source>
        <translation>1–10 (meia-risca)</translation>
    </message>
    <message>
        <source>Family, Given (Costa, Luís)</source>
        <translation>Apelido, Nome (Costa, Luís)</translation>
    </message>
    <message>
        <source>Given Family (Luís Costa)</source>
        <translation>Nome Apelido (Luís Costa)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Ações:</translation>
    </message>
    <message>
        <source>&amp;Page ranges:</source>
        <translation>Intervalos de &amp;páginas:</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nomes:</translation>
    </message>
    <message>
        <source>Apply Checked</source>
        <translation>Aplicar marcadas</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Marcar tudo</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Desmarcar tudo</translation>
    </message>
    <message>
        <source>Each action&apos;s checked changes are applied as one undo step. Suggestions start unchecked.</source>
        <translation>As alterações marcadas de cada ação são aplicadas de uma vez e anuláveis num só passo. As sugestões começam desmarcadas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) checked.</source>
        <translation>
            <numerusform>%1 de %n alteração marcada.</numerusform>
            <numerusform>%1 de %n alterações marcadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do for: %1.</source>
        <translation>Nada a fazer para: %1.</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupPipeline</name>
    <message numerus="yes">
        <source>%n text(s) changed</source>
        <translation>
            <numerusform>%n texto alterado</numerusform>
            <numerusform>%n textos alterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) not applied (name the action to apply them)</source>
        <translation>
            <numerusform>%n sugestão não aplicada (indique a ação para a aplicar)</numerusform>
            <numerusform>%n sugestões não aplicadas (indique a ação para as aplicar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) merged</source>
        <translation>
            <numerusform>%n grupo fundido</numerusform>
            <numerusform>%n grupos fundidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records -&gt; %2</source>
        <translation>%1 registos -&gt; %2</translation>
    </message>
    <message>
        <source>  merged %1 (%2): %3</source>
        <translation>  fundidos %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>refmend::CompareDialog</name>
    <message>
        <source>Compare %1</source>
        <translation>Comparar %1</translation>
    </message>
    <message>
        <source>The records of %1 on disk and the version open here are the same; only the way the file is written differs.</source>
        <translation>Os registos de %1 no disco e os da versão aberta aqui são iguais; só difere a forma como o ficheiro está escrito.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on disk and the version open here differ in %n record(s).</source>
        <translation>
            <numerusform>%1 no disco e a versão aberta aqui diferem em %n registo.</numerusform>
            <numerusform>%1 no disco e a versão aberta aqui diferem em %n registos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>No disco</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>Aberto aqui</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(não existe)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>how the fields are tagged</source>
        <translation>as etiquetas dos campos</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>alterado: %1</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Recarregar do disco</translation>
    </message>
    <message>
        <source>Show the file as the other program left it (Undo brings your version back)</source>
        <translation>Mostrar o ficheiro tal como o outro programa o deixou (Anular repõe a sua versão)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Manter a minha</translation>
    </message>
    <message>
        <source>Keep the version open here; saving it replaces the file on disk</source>
        <translation>Manter a versão aberta aqui; ao guardá-la, substitui o ficheiro no disco</translation>
    </message>
</context>
<context>
    <name>refmend::ConnectLibraryDialog</name>
    <message>
        <source>Connect to a Shared Library</source>
        <translation>Ligar a uma biblioteca partilhada</translation>
    </message>
    <message>
        <source>from PGPASSWORD</source>
        <translation>de PGPASSWORD</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>for example: lab_references</source>
        <translation>por exemplo: lab_references</translation>
    </message>
    <message>
        <source>A shared library is a PostgreSQL database that several people edit at once. RefMend makes its tables the first time.</source>
        <translation>Uma biblioteca partilhada é uma base de dados PostgreSQL que várias pessoas editam ao mesmo tempo. O RefMend cria as respetivas tabelas na primeira vez.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <source>The password is not stored.</source>
        <translation>A palavra-passe não é guardada.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Ligar</translation>
    </message>
</context>
<context>
    <name>refmend::DetailView</name>
    <message>
        <source>No record selected.</source>
        <translation>Nenhum registo selecionado.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This record could not be read&lt;/b&gt; (line %1). Its text is kept as it is and saved back unchanged; the Problems panel says what was wrong.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Não foi possível ler este registo&lt;/b&gt; (linha %1). O texto é mantido tal como está e guardado sem alterações; o painel Problemas indica o que estava errado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (Eds.)</source>
        <translation>%1 (Eds.)</translation>
    </message>
    <message>
        <source>In %1 (Eds.), &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>Em %1 (Eds.), &lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>DOI:</source>
        <translation>DOI:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Palavras-chave:</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Citation &amp;style:</source>
        <translation>E&amp;stilo de citação:</translation>
    </message>
</context>
<context>
    <name>refmend::Document</name>
    <message>
        <source>This file&apos;s format can be read but not written; use Save As.</source>
        <translation>O formato deste ficheiro pode ser lido, mas não escrito; use Guardar como.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível escrever %1.</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 não contém registos.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Reload %1 from Disk</source>
        <translation>Recarregar %1 do disco</translation>
    </message>
</context>
<context>
    <name>refmend::DocumentGuard</name>
    <message>
        <source>an untitled collection</source>
        <translation>uma coleção sem título</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy of your changes: %1</source>
        <translation>Não foi possível guardar uma cópia de recuperação das suas alterações: %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar alterações não guardadas</translation>
    </message>
    <message>
        <source>RefMend closed without saving changes to %1 at %2. Recover them?</source>
        <translation>O RefMend fechou em %2 sem guardar as alterações em %1. Recuperá-las?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were kept for recovery.</source>
        <translation>
            <numerusform>Foi guardado %n registo para recuperação.</numerusform>
            <numerusform>Foram guardados %n registos para recuperação.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has changed on disk since then; saving the recovered version replaces it.</source>
        <translation>Entretanto, o ficheiro foi alterado no disco; guardar a versão recuperada substitui-o.</translation>
    </message>
    <message>
        <source>Decide Later keeps them for the next time you open the file.</source>
        <translation>«Decidir mais tarde» guarda-as para a próxima vez que abrir o ficheiro.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;mais tarde</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Não é possível recuperar</translation>
    </message>
    <message>
        <source>The changes to %1 could not be recovered.</source>
        <translation>Não foi possível recuperar as alterações em %1.</translation>
    </message>
    <message>
        <source>%1

The recovery file is kept: %2</source>
        <translation>%1

O ficheiro de recuperação é mantido: %2</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>Alterações não guardadas em %1 recuperadas</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Ficheiro alterado no disco</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 foi alterado por outro programa.</translation>
    </message>
    <message>
        <source>You have unsaved changes. Reload shows the file as it is now (Undo brings your version back); Keep Mine keeps your version, and saving it replaces the other program&apos;s changes.</source>
        <translation>Tem alterações não guardadas. «Recarregar» mostra o ficheiro tal como está agora (Anular repõe a sua versão); «Manter a minha» mantém a sua versão e, ao guardá-la, substitui as alterações do outro programa.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now (Undo brings back the version you had); Keep Mine keeps the version open here, and saving it replaces the other program&apos;s changes.</source>
        <translation>«Recarregar» mostra o ficheiro tal como está agora (Anular repõe a versão que tinha); «Manter a minha» mantém a versão aberta aqui e, ao guardá-la, substitui as alterações do outro programa.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Manter a minha</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Não é possível comparar</translation>
    </message>
    <message>
        <source>%1 could not be read; the version open here is kept.</source>
        <translation>Não foi possível ler %1; a versão aberta aqui é mantida.</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Não é possível recarregar</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; Undo brings back the version you had</source>
        <translation>%1 recarregado do disco; Anular repõe a versão que tinha</translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation>Ficheiro removido</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation>%1 foi eliminado ou movido por outro programa.</translation>
    </message>
    <message>
        <source>The version open here is kept. Save it to write the file again.</source>
        <translation>A versão aberta aqui é mantida. Guarde-a para voltar a escrever o ficheiro.</translation>
    </message>
</context>
<context>
    <name>refmend::DocumentLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>A descodificar %1…</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>A ler os registos de %1…</translation>
    </message>
    <message>
        <source>Preparing the table for %1…</source>
        <translation>A preparar a tabela de %1…</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateFinder</name>
    <message>
        <source>same DOI</source>
        <translation>mesmo DOI</translation>
    </message>
    <message>
        <source>same title, year and first author</source>
        <translation>mesmo título, ano e primeiro autor</translation>
    </message>
    <message>
        <source>similar title, same year and first author</source>
        <translation>título semelhante, mesmo ano e primeiro autor</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n registo)</numerusform>
            <numerusform>%1 (%n registos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (mantido)</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registo %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Procurar duplicados</translation>
    </message>
    <message>
        <source>100%: titles must be equal once case, accents and punctuation are ignored; lower values also join titles that differ a little</source>
        <translation>100%: os títulos têm de ser iguais, ignorando maiúsculas, acentos e pontuação; valores mais baixos juntam também títulos ligeiramente diferentes</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Same &amp;DOI</source>
        <translation>Mesmo &amp;DOI</translation>
    </message>
    <message>
        <source>Same &amp;title, year and first author</source>
        <translation>Mesmo &amp;título, ano e primeiro autor</translation>
    </message>
    <message>
        <source>Title &amp;similarity:</source>
        <translation>&amp;Semelhança dos títulos:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fundir…</translation>
    </message>
    <message>
        <source>Choose field by field how the selected group&apos;s records become one</source>
        <translation>Escolher, campo a campo, como os registos do grupo selecionado passam a um só</translation>
    </message>
    <message>
        <source>Merge &amp;All</source>
        <translation>Fundir &amp;todos</translation>
    </message>
    <message>
        <source>Merge every group, keeping the most complete values (one undo step)</source>
        <translation>Fundir todos os grupos, mantendo os valores mais completos (anulável num só passo)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Não foram encontrados duplicados.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), %1 records.</source>
        <translation>
            <numerusform>%n grupo, %1 registos.</numerusform>
            <numerusform>%n grupos, %1 registos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 com marca de ordem de bytes (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (little endian, with byte order mark)</source>
        <translation>UTF-16 (little endian, com marca de ordem de bytes)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Europa Ocidental)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation>LF (Linux, macOS)</translation>
    </message>
    <message>
        <source>CR LF (Windows)</source>
        <translation>CR LF (Windows)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected record(s)</source>
        <translation>
            <numerusform>Só o registo selecionado</numerusform>
            <numerusform>Só os %n registos selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV columns:</source>
        <translation>Colunas CSV:</translation>
    </message>
    <message>
        <source>Every field has a place in this format.</source>
        <translation>Todos os campos têm lugar neste formato.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>&amp;Line endings:</source>
        <translation>Fim de &amp;linha:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>What this format cannot carry:</source>
        <translation>O que este formato não consegue guardar:</translation>
    </message>
    <message>
        <source>Nothing: every field has a place.</source>
        <translation>Nada: todos os campos têm lugar.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Registo %1: %2</translation>
    </message>
</context>
<context>
    <name>refmend::FindReplace</name>
    <message>
        <source>nothing to find</source>
        <translation>nada a localizar</translation>
    </message>
    <message>
        <source>invalid regular expression at position %1: %2</source>
        <translation>expressão regular inválida na posição %1: %2</translation>
    </message>
</context>
<context>
    <name>refmend::FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Localizar e substituir</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpressão regular</translation>
    </message>
    <message>
        <source>Perl-compatible; use \1 or $1 for groups in the replacement</source>
        <translation>Compatível com Perl; use \1 ou $1 para os grupos na substituição</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir maiús&amp;culas</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Palavras inteiras</translation>
    </message>
    <message>
        <source>&amp;All fields</source>
        <translation>&amp;Todos os campos</translation>
    </message>
    <message>
        <source>Other (unknown tags)</source>
        <translation>Outros (etiquetas desconhecidas)</translation>
    </message>
    <message>
        <source>&amp;Names (authors, editors, …)</source>
        <translation>&amp;Nomes (autores, editores, …)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Substituir por:</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>Procurar em:</translation>
    </message>
    <message>
        <source>&amp;Replace Checked</source>
        <translation>Substituir &amp;marcadas</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Sem correspondências.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 texts.</source>
        <translation>
            <numerusform>%n correspondência em %1 textos.</numerusform>
            <numerusform>%n correspondências em %1 textos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::HistoryDialog</name>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>&amp;Repor este valor</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Histórico de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Set this field back to the value it had before this change (a removed record comes back)</source>
        <translation>Repor neste campo o valor que tinha antes desta alteração (um registo removido volta a aparecer)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type as written</source>
        <translation>Tipo tal como está escrito</translation>
    </message>
    <message>
        <source>Field order</source>
        <translation>Ordem dos campos</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n alteração</numerusform>
            <numerusform>%n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back as it was before that change.</source>
        <translation>%1 voltou a ficar como antes dessa alteração.</translation>
    </message>
    <message>
        <source>The library is offline: the restore waits and is written when it is back.</source>
        <translation>A biblioteca está sem ligação: a reposição fica em espera e será escrita quando a ligação voltar.</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>Não foi possível repor: %1</translation>
    </message>
    <message>
        <source>the record changed meanwhile</source>
        <translation>o registo foi alterado entretanto</translation>
    </message>
</context>
<context>
    <name>refmend::IntegrityCheck</name>
    <message>
        <source>Missing required field</source>
        <translation>Campo obrigatório em falta</translation>
    </message>
    <message>
        <source>Invalid DOI</source>
        <translation>DOI inválido</translation>
    </message>
    <message>
        <source>ISSN checksum</source>
        <translation>Dígito de controlo do ISSN</translation>
    </message>
    <message>
        <source>ISBN checksum</source>
        <translation>Dígito de controlo do ISBN</translation>
    </message>
    <message>
        <source>Year out of range</source>
        <translation>Ano fora do intervalo</translation>
    </message>
    <message>
        <source>Suspected mojibake</source>
        <translation>Possível texto corrompido (mojibake)</translation>
    </message>
    <message>
        <source>Decomposed Unicode (NFD)</source>
        <translation>Unicode decomposto (NFD)</translation>
    </message>
    <message>
        <source>Name not split</source>
        <translation>Nome não dividido</translation>
    </message>
    <message>
        <source>Name parts swapped</source>
        <translation>Partes do nome trocadas</translation>
    </message>
    <message>
        <source>Duplicate citation key</source>
        <translation>Chave de citação duplicada</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1 sem %2</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>autores</translation>
    </message>
    <message>
        <source>authors or editors</source>
        <translation>autores ou editores</translation>
    </message>
    <message>
        <source>%1 is not a DOI (10.NNNN/...)</source>
        <translation>%1 não é um DOI (10.NNNN/...)</translation>
    </message>
    <message>
        <source>ISSN %1 fails its checksum</source>
        <translation>o dígito de controlo do ISSN %1 está errado</translation>
    </message>
    <message>
        <source>ISBN %1 does not start with 978 or 979</source>
        <translation>o ISBN %1 não começa por 978 nem 979</translation>
    </message>
    <message>
        <source>ISBN %1 fails its checksum</source>
        <translation>o dígito de controlo do ISBN %1 está errado</translation>
    </message>
    <message>
        <source>year %1 is out of range (1400-%2)</source>
        <translation>o ano %1 está fora do intervalo (1400-%2)</translation>
    </message>
    <message>
        <source>suspected mojibake: %1 should read %2</source>
        <translation>possível texto corrompido: %1 deveria ser %2</translation>
    </message>
    <message>
        <source>Repair as %1</source>
        <translation>Reparar para %1</translation>
    </message>
    <message>
        <source>text uses decomposed accents (NFD) while the collection uses composed ones (NFC)</source>
        <translation>o texto usa acentos decompostos (NFD), enquanto a coleção usa acentos compostos (NFC)</translation>
    </message>
    <message>
        <source>text uses decomposed accents (NFD)</source>
        <translation>o texto usa acentos decompostos (NFD)</translation>
    </message>
    <message>
        <source>Convert to NFC</source>
        <translation>Converter para NFC</translation>
    </message>
    <message>
        <source>%1 looks like a whole name in the family-name field</source>
        <translation>%1 parece ser um nome completo no campo do apelido</translation>
    </message>
    <message>
        <source>Split as %1</source>
        <translation>Dividir como %1</translation>
    </message>
    <message>
        <source>given name %1 looks like a family name (swapped with %2?)</source>
        <translation>o nome próprio %1 parece ser um apelido (trocado com %2?)</translation>
    </message>
    <message>
        <source>Swap to %1</source>
        <translation>Trocar para %1</translation>
    </message>
    <message>
        <source>citation key %1 is also used by record %2 (line %3)</source>
        <translation>a chave de citação %1 também é usada pelo registo %2 (linha %3)</translation>
    </message>
    <message>
        <source>citation key %1 is also used by record %2</source>
        <translation>a chave de citação %1 também é usada pelo registo %2</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Renomear para %1</translation>
    </message>
</context>
<context>
    <name>refmend::IntegrityProblemModel</name>
    <message>
        <source>Record %1</source>
        <translation>Registo %1</translation>
    </message>
    <message>
        <source>Click to fix (one undo step)</source>
        <translation>Clique para corrigir (anulável num só passo)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correção</translation>
    </message>
</context>
<context>
    <name>refmend::Library</name>
    <message>
        <source>No library given</source>
        <translation>Nenhuma biblioteca indicada</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>O controlador SQLite do Qt (QSQLITE) não está instalado</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</source>
        <translation>O controlador PostgreSQL do Qt (QPSQL) não está instalado (pacote Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>%1 is not a RefMend library (not an SQLite file)</source>
        <translation>%1 não é uma biblioteca do RefMend (não é um ficheiro SQLite)</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Não é possível abrir a biblioteca %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the library: %1</source>
        <translation>Não é possível preparar a biblioteca: %1</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>Não é possível ler a biblioteca: %1</translation>
    </message>
    <message>
        <source>The library %1 is not connected</source>
        <translation>A biblioteca %1 não está ligada</translation>
    </message>
    <message>
        <source>Nothing was added to the library: %1</source>
        <translation>Nada foi adicionado à biblioteca: %1</translation>
    </message>
    <message>
        <source>Record %1 is not in the library (removed by someone else?)</source>
        <translation>O registo %1 não está na biblioteca (removido por outra pessoa?)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>No journal entry %1</source>
        <translation>Não existe a entrada %1 do histórico</translation>
    </message>
    <message>
        <source>Only a removal can be undone from the journal</source>
        <translation>A partir do histórico só é possível anular a remoção de um registo</translation>
    </message>
    <message>
        <source>The record is not removed</source>
        <translation>O registo não está removido</translation>
    </message>
</context>
<context>
    <name>refmend::LibrarySync</name>
    <message>
        <source>The library %1 is offline (%2): changes wait here and are written when it is back</source>
        <translation>A biblioteca %1 está sem ligação (%2): as alterações ficam aqui em espera e serão escritas quando a ligação voltar</translation>
    </message>
    <message>
        <source>The library %1 is back: waiting changes were written</source>
        <translation>A ligação à biblioteca %1 voltou: as alterações em espera foram escritas</translation>
    </message>
    <message>
        <source>A record you edited had been removed by someone else: it was added again with your changes</source>
        <translation>Um registo que editou tinha sido removido por outra pessoa: foi adicionado novamente com as suas alterações</translation>
    </message>
    <message>
        <source>Could not write to the library %1: %2</source>
        <translation>Não foi possível escrever na biblioteca %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting for the library</source>
        <translation>
            <numerusform>Sem ligação: %n alteração à espera da biblioteca</numerusform>
            <numerusform>Sem ligação: %n alterações à espera da biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to the library %1</source>
        <translation>Guardado na biblioteca %1</translation>
    </message>
    <message>
        <source>Merge with the library&apos;s version</source>
        <translation>Fundir com a versão da biblioteca</translation>
    </message>
    <message>
        <source>Records were removed by someone else</source>
        <translation>Outra pessoa removeu registos</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated from the library</source>
        <translation>
            <numerusform>%n registo atualizado a partir da biblioteca</numerusform>
            <numerusform>%n registos atualizados a partir da biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::MainWindow</name>
    <message>
        <source>Search all fields</source>
        <translation>Procurar em todos os campos</translation>
    </message>
    <message>
        <source>Every word must occur; case and accents are ignored</source>
        <translation>Todas as palavras têm de aparecer; maiúsculas e acentos são ignorados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the records of another file to this collection</source>
        <translation>Adicionar a esta coleção os registos de outro ficheiro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>Repair &amp;Garbled Text…</source>
        <translation>Reparar texto &amp;corrompido…</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Localizar e &amp;substituir…</translation>
    </message>
    <message>
        <source>Replace text in chosen fields of every record, with a preview</source>
        <translation>Substituir texto nos campos escolhidos de todos os registos, com pré-visualização</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Authors…</source>
        <translation>&amp;Autores…</translation>
    </message>
    <message>
        <source>Every person in the collection, with name variants grouped</source>
        <translation>Todas as pessoas da coleção, com as variantes de nome agrupadas</translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>&amp;Limpeza…</translation>
    </message>
    <message>
        <source>Preview and apply cleanup actions to every record</source>
        <translation>Pré-visualizar e aplicar ações de limpeza a todos os registos</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Procurar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Find records that are the same work and merge them</source>
        <translation>Encontrar registos que são a mesma obra e fundi-los</translation>
    </message>
    <message>
        <source>Check &amp;Integrity</source>
        <translation>Verificar &amp;integridade</translation>
    </message>
    <message>
        <source>List missing fields, invalid identifiers and suspicious names</source>
        <translation>Listar campos em falta, identificadores inválidos e nomes suspeitos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;utores</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;About RefMend</source>
        <translation>A&amp;cerca do RefMend</translation>
    </message>
    <message>
        <source>About RefMend</source>
        <translation>Acerca do RefMend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RefMend %1&lt;/h3&gt;&lt;p&gt;Opens, repairs and converts reference (citation) files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RefMend %1&lt;/h3&gt;&lt;p&gt;Abre, repara e converte ficheiros de referências bibliográficas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Não é possível abrir o ficheiro</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>Não foi possível abrir %1.

%2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Não foi possível ler o ficheiro.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Guardar as alterações em %1?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Se não as guardar, as alterações serão perdidas.</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>Não é possível guardar o ficheiro</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Exportar como %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>Exportado: %1 (%2)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Não é possível importar</translation>
    </message>
    <message>
        <source>%1 could not be imported.

%2</source>
        <translation>Não foi possível importar %1.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1</source>
        <translation>
            <numerusform>%n registo importado de %1</numerusform>
            <numerusform>%n registos importados de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>Nenhum ficheiro recente</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Limpar menu</translation>
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
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registos</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every action and its keyboard shortcut</source>
        <translation>Todas as ações e os respetivos atalhos de teclado</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>Barra de &amp;ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Choose Format…</source>
        <translation>&amp;Escolher formato…</translation>
    </message>
    <message>
        <source>Export with the default format of the Preferences, or another</source>
        <translation>Exportar no formato predefinido nas Preferências, ou noutro</translation>
    </message>
    <message>
        <source>%1 could not be saved.

%2

Nothing on disk was changed, and your changes are still open here.</source>
        <translation>Não foi possível guardar %1.

%2

Nada foi alterado no disco e as suas alterações continuam abertas aqui.</translation>
    </message>
    <message>
        <source>Backup Incomplete</source>
        <translation>Cópia de segurança incompleta</translation>
    </message>
    <message>
        <source>%1 was saved, but the backup of its previous version is incomplete: %2</source>
        <translation>%1 foi guardado, mas a cópia de segurança da versão anterior está incompleta: %2</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>A abertura de %1 foi cancelada.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>A abrir %1</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <source>Open or create a library file (.refmend), where every change is saved as you make it</source>
        <translation>Abrir ou criar um ficheiro de biblioteca (.refmend), onde cada alteração é guardada no momento em que é feita</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Library…</source>
        <translation>Ligar a uma biblioteca &amp;partilhada…</translation>
    </message>
    <message>
        <source>Open a library on a PostgreSQL server that several people edit at once</source>
        <translation>Abrir uma biblioteca num servidor PostgreSQL que várias pessoas editam ao mesmo tempo</translation>
    </message>
    <message>
        <source>Record &amp;History…</source>
        <translation>&amp;Histórico do registo…</translation>
    </message>
    <message>
        <source>Every change of the current record: who, when, before and after; restore any earlier value</source>
        <translation>Todas as alterações do registo atual: quem, quando, antes e depois; repor qualquer valor anterior</translation>
    </message>
    <message>
        <source>&amp;Close Library</source>
        <translation>&amp;Fechar biblioteca</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>Não é possível abrir a biblioteca</translation>
    </message>
    <message>
        <source>Every change is saved in the library %1.</source>
        <translation>Cada alteração é guardada na biblioteca %1.</translation>
    </message>
    <message>
        <source>%1 (shared library)</source>
        <translation>%1 (biblioteca partilhada)</translation>
    </message>
    <message>
        <source>%1 (library)</source>
        <translation>%1 (biblioteca)</translation>
    </message>
    <message>
        <source>PostgreSQL library</source>
        <translation>Biblioteca PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite library</source>
        <translation>Biblioteca SQLite</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Password of %1 for the library %2:</source>
        <translation>Palavra-passe de %1 para a biblioteca %2:</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation>Não foi possível abrir a biblioteca %1.

%2</translation>
    </message>
    <message>
        <source>%1: the undo history was cleared.</source>
        <translation>%1: o histórico de anulação foi limpo.</translation>
    </message>
    <message numerus="yes">
        <source>Opened the library %1: %n record(s).</source>
        <translation>
            <numerusform>Biblioteca %1 aberta: %n registo.</numerusform>
            <numerusform>Biblioteca %1 aberta: %n registos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or Create a Library</source>
        <translation>Abrir ou criar uma biblioteca</translation>
    </message>
    <message>
        <source>RefMend libraries (*.refmend)</source>
        <translation>Bibliotecas do RefMend (*.refmend)</translation>
    </message>
    <message>
        <source>This record is not in the library yet.</source>
        <translation>Este registo ainda não está na biblioteca.</translation>
    </message>
    <message>
        <source>Someone else had saved this record meanwhile; their changes and yours were both kept.</source>
        <translation>Outra pessoa tinha guardado este registo entretanto; foram mantidas tanto as alterações dessa pessoa como as suas.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>A sua versão</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>Na biblioteca</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Guardado por %1</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it, and you both changed: %1. Choose, for each field, the version to keep. Cancel keeps yours where you both changed it, and theirs elsewhere.</source>
        <translation>Outra pessoa guardou este registo enquanto o estava a editar, e ambos alteraram: %1. Escolha, para cada campo, a versão a manter. «Cancelar» mantém a sua onde ambos alteraram e a da outra pessoa nos restantes.</translation>
    </message>
    <message>
        <source>Someone Else Changed This Record</source>
        <translation>Outra pessoa alterou este registo</translation>
    </message>
    <message>
        <source>&amp;New Window</source>
        <translation>&amp;Nova janela</translation>
    </message>
    <message>
        <source>Open another window, to work on several files at once</source>
        <translation>Abrir outra janela, para trabalhar em vários ficheiros ao mesmo tempo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the selected records as formatted citations, and as records for another RefMend window</source>
        <translation>Copiar os registos selecionados como citações formatadas e como registos para outra janela do RefMend</translation>
    </message>
    <message>
        <source>Copy &amp;As</source>
        <translation>Copiar co&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Formatted Citation</source>
        <translation>Citação &amp;formatada</translation>
    </message>
    <message>
        <source>&amp;BibTeX</source>
        <translation>&amp;BibTeX</translation>
    </message>
    <message>
        <source>&amp;RIS</source>
        <translation>&amp;RIS</translation>
    </message>
    <message>
        <source>CSL-&amp;JSON</source>
        <translation>CSL-&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Select the records to copy.</source>
        <translation>Selecione os registos a copiar.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>%n registo copiado.</numerusform>
            <numerusform>%n registos copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no records in a format RefMend reads.</source>
        <translation>A área de transferência não contém registos num formato que o RefMend leia.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n record(s).</source>
        <translation>
            <numerusform>%n registo colado.</numerusform>
            <numerusform>%n registos colados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the records on the clipboard (BibTeX, RIS, EndNote, CSL-JSON, …) after the current record</source>
        <translation>Inserir os registos da área de transferência (BibTeX, RIS, EndNote, CSL-JSON, …) a seguir ao registo atual</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) of the file, shown while the rest is read</source>
        <translation>
            <numerusform>O primeiro registo do ficheiro, mostrado enquanto se lê o resto</numerusform>
            <numerusform>Os primeiros %n registos do ficheiro, mostrados enquanto se lê o resto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) are shown; reading the rest…</source>
        <translation>
            <numerusform>É mostrado o primeiro registo; a ler o resto…</numerusform>
            <numerusform>São mostrados os primeiros %n registos; a ler o resto…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>A escrever %1…</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>A escrever</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n record(s) by %1…</source>
        <translation>
            <numerusform>A ordenar %n registo por %1…</numerusform>
            <numerusform>A ordenar %n registos por %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n record(s)…</source>
        <translation>
            <numerusform>A pesquisar %n registo…</numerusform>
            <numerusform>A pesquisar %n registos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; the file was not changed.</source>
        <translation>A escrita de %1 foi cancelada; o ficheiro não foi alterado.</translation>
    </message>
</context>
<context>
    <name>refmend::MergeDialog</name>
    <message>
        <source>Merge Records</source>
        <translation>Fundir registos</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fundir «%1»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registo %1</translation>
    </message>
    <message>
        <source>Record %1 (most complete)</source>
        <translation>Registo %1 (mais completo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fundido&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Combine the keywords of all records</source>
        <translation>Combinar as palavras-chave de todos os registos</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Outros campos</translation>
    </message>
    <message>
        <source>Fields RefMend does not know are kept from every record</source>
        <translation>Os campos que o RefMend não conhece são mantidos de todos os registos</translation>
    </message>
    <message>
        <source>Choose, for each field, the record it comes from. The merged record replaces the first record; the others are removed. One undo step restores them all.</source>
        <translation>Escolha, para cada campo, o registo de onde vem. O registo fundido substitui o primeiro; os outros são removidos. Anular uma vez repõe-nos todos.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fundir</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>refmend::PersonListModel</name>
    <message>
        <source>An institution or a name that must not be split into parts</source>
        <translation>Uma instituição ou um nome que não deve ser dividido em partes</translation>
    </message>
    <message>
        <source>As written in the file: %1</source>
        <translation>Tal como está escrito no ficheiro: %1</translation>
    </message>
    <message>
        <source>Family name, or the whole name of an institution</source>
        <translation>Apelido, ou o nome completo de uma instituição</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Partícula</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufixo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
</context>
<context>
    <name>refmend::PersonRole</name>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation>Editor da série</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Tradutor</translation>
    </message>
</context>
<context>
    <name>refmend::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Family name first (Curie, Marie)</source>
        <translation>Apelido primeiro (Curie, Marie)</translation>
    </message>
    <message>
        <source>Given name first (Marie Curie)</source>
        <translation>Nome próprio primeiro (Marie Curie)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nomes:</translation>
    </message>
    <message>
        <source>To choose the columns, right-click the header of the table.</source>
        <translation>Para escolher as colunas, clique com o botão direito no cabeçalho da tabela.</translation>
    </message>
    <message>
        <source>Same as the open file</source>
        <translation>Igual ao do ficheiro aberto</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Default &amp;format:</source>
        <translation>&amp;Formato predefinido:</translation>
    </message>
    <message>
        <source>Default &amp;encoding:</source>
        <translation>&amp;Codificação predefinida:</translation>
    </message>
    <message>
        <source>File &gt; Export &gt; Choose Format starts with these; the Export dialog can still change them.</source>
        <translation>Ficheiro &gt; Exportar &gt; Escolher formato começa com estes valores; a janela Exportar permite alterá-los.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinição do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time RefMend starts.</source>
        <translation>Um novo idioma só é usado da próxima vez que o RefMend for iniciado.</translation>
    </message>
    <message>
        <source>Keep a &amp;backup of the previous version (name.bak) when saving</source>
        <translation>Manter uma cópia de &amp;segurança da versão anterior (nome.bak) ao guardar</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Número de có&amp;pias:</translation>
    </message>
    <message>
        <source>Saving refs.bib keeps the version it replaces as refs.bib.bak; with more than one, the older ones move to refs.bib.bak2, refs.bib.bak3, … and the oldest beyond the number is removed. Saving a file that did not change keeps the backups as they are.</source>
        <translation>Ao guardar refs.bib, a versão substituída é mantida como refs.bib.bak; com mais de uma cópia, as mais antigas passam para refs.bib.bak2, refs.bib.bak3, … e a mais antiga além do número indicado é removida. Guardar um ficheiro que não foi alterado mantém as cópias de segurança tal como estão.</translation>
    </message>
    <message>
        <source>&amp;Citation style:</source>
        <translation>Estilo de &amp;citação:</translation>
    </message>
    <message>
        <source>Used by the detail view and by Copy.</source>
        <translation>Usado pela vista de detalhe e por Copiar.</translation>
    </message>
    <message>
        <source>As the file has them</source>
        <translation>Como o ficheiro os tem</translation>
    </message>
    <message>
        <source>LaTeX commands (L{\&apos;u}cia), plain ASCII</source>
        <translation>Comandos LaTeX (L{\&apos;u}cia), só ASCII</translation>
    </message>
    <message>
        <source>UTF-8 characters (Lúcia)</source>
        <translation>Carateres UTF-8 (Lúcia)</translation>
    </message>
    <message>
        <source>How accented and other non-ASCII letters are written in BibTeX and BibLaTeX files. &quot;As the file has them&quot; keeps a UTF-8 file in UTF-8 and writes new BibTeX text with LaTeX commands.</source>
        <translation>Como são escritas as letras acentuadas e outros carateres não ASCII nos ficheiros BibTeX e BibLaTeX. «Como o ficheiro os tem» mantém em UTF-8 um ficheiro UTF-8 e escreve o texto BibTeX novo com comandos LaTeX.</translation>
    </message>
    <message>
        <source>&amp;BibTeX characters:</source>
        <translation>Carateres &amp;BibTeX:</translation>
    </message>
</context>
<context>
    <name>refmend::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Linha:Coluna</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>&amp;Fix Selected</source>
        <translation>&amp;Corrigir selecionados</translation>
    </message>
    <message>
        <source>Apply the fixes of the selected problems (one undo step)</source>
        <translation>Aplicar as correções dos problemas selecionados (anulável num só passo)</translation>
    </message>
    <message>
        <source>Fix &amp;All</source>
        <translation>Corrigir &amp;todos</translation>
    </message>
    <message>
        <source>Apply every fix the checks offer (one undo step)</source>
        <translation>Aplicar todas as correções propostas pelas verificações (anulável num só passo)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Leitura (%1)</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Verificações (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), %1 with a fix</source>
        <translation>
            <numerusform>%n problema, %1 com correção</numerusform>
            <numerusform>%n problemas, %1 com correção</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::RecordDifference</name>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
</context>
<context>
    <name>refmend::RecordEditor</name>
    <message>
        <source>Tag %1</source>
        <translation>Etiqueta %1</translation>
    </message>
    <message>
        <source>No record selected.</source>
        <translation>Nenhum registo selecionado.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Adicionar campo</translation>
    </message>
    <message>
        <source>Written in the file with the tag &quot;%1&quot;</source>
        <translation>Escrito no ficheiro com a etiqueta «%1»</translation>
    </message>
    <message>
        <source>(as written: %1)</source>
        <translation>(tal como escrito: %1)</translation>
    </message>
    <message>
        <source>Edit %1 fields</source>
        <translation>Editar %1 campos</translation>
    </message>
    <message>
        <source>Other Tag…</source>
        <translation>Outra etiqueta…</translation>
    </message>
    <message>
        <source>Tag of the new field, as the format writes it:</source>
        <translation>Etiqueta do novo campo, tal como o formato a escreve:</translation>
    </message>
    <message>
        <source>The DOI should look like 10.1234/abc.</source>
        <translation>O DOI deve ter a forma 10.1234/abc.</translation>
    </message>
    <message>
        <source>The URL should start with http:// or https://.</source>
        <translation>O URL deve começar por http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>refmend::RecordTableModel</name>
    <message>
        <source>Unreadable record (line %1)</source>
        <translation>Registo ilegível (linha %1)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Journal / Container</source>
        <translation>Revista / Publicação</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>refmend::RepairBar</name>
    <message>
        <source>Review…</source>
        <translation>Rever…</translation>
    </message>
    <message>
        <source>See each garbled text and its repair, and choose which to apply</source>
        <translation>Ver cada texto corrompido e a respetiva reparação, e escolher quais aplicar</translation>
    </message>
    <message>
        <source>Repair All</source>
        <translation>Reparar tudo</translation>
    </message>
    <message>
        <source>Repair every garbled text (one undo step)</source>
        <translation>Reparar todos os textos corrompidos (anulável num só passo)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>1 field looks garbled (wrong character encoding).</source>
        <translation>1 campo parece corrompido (codificação de caracteres errada).</translation>
    </message>
    <message>
        <source>%1 fields look garbled (wrong character encoding).</source>
        <translation>%1 campos parecem corrompidos (codificação de caracteres errada).</translation>
    </message>
</context>
<context>
    <name>refmend::RepairDialog</name>
    <message>
        <source>Repair Garbled Text</source>
        <translation>Reparar texto corrompido</translation>
    </message>
    <message>
        <source>These texts look as if they were read with the wrong character encoding. Checked repairs are applied together and can be undone in one step.</source>
        <translation>Estes textos parecem ter sido lidos com a codificação de caracteres errada. As reparações marcadas são aplicadas em conjunto e podem ser anuladas num só passo.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registo %1</translation>
    </message>
    <message>
        <source>Repair Checked</source>
        <translation>Reparar marcados</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Marcar tudo</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Desmarcar tudo</translation>
    </message>
</context>
<context>
    <name>refmend::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Outras</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Procurar ações e teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>refmend::schema</name>
    <message>
        <source>Cannot update the library&apos;s tables: %1 (%2)</source>
        <translation>Não é possível atualizar as tabelas da biblioteca: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot update the library&apos;s tables: %1</source>
        <translation>Não é possível atualizar as tabelas da biblioteca: %1</translation>
    </message>
    <message>
        <source>This database holds other tables: it is not a RefMend library</source>
        <translation>Esta base de dados contém outras tabelas: não é uma biblioteca do RefMend</translation>
    </message>
    <message>
        <source>This library was made by a newer RefMend (schema %1; this one knows %2)</source>
        <translation>Esta biblioteca foi criada por uma versão mais recente do RefMend (esquema %1; esta versão conhece o %2)</translation>
    </message>
</context>
</TS>
