<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApplyRepairsCommand</name>
    <message numerus="yes">
        <source>Repair %n garbled text(s)</source>
        <translation>
            <numerusform>Reparar %n texto mal codificado</numerusform>
            <numerusform>Reparar %n textos mal codificados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message numerus="yes">
        <source>%1 in %n record(s)</source>
        <translation>
            <numerusform>%1 en %n registro</numerusform>
            <numerusform>%1 en %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldKey</name>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
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
        <translation>Revista / Publicación</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
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
        <translation>Edición</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <source>Place Published</source>
        <translation>Lugar de publicación</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
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
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Accession Number</source>
        <translation>Número de acceso</translation>
    </message>
    <message>
        <source>Author Address</source>
        <translation>Dirección del autor</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Number of Volumes</source>
        <translation>Número de volúmenes</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
</context>
<context>
    <name>FindReplaceCommand</name>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n record(s)</source>
        <translation>
            <numerusform>Reemplazar «%1» por «%2» en %n registro</numerusform>
            <numerusform>Reemplazar «%1» por «%2» en %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixProblemsCommand</name>
    <message numerus="yes">
        <source>Fix %n problem(s)</source>
        <translation>
            <numerusform>Corregir %n problema</numerusform>
            <numerusform>Corregir %n problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeRecordsCommand</name>
    <message numerus="yes">
        <source>Merge %n record(s) into “%1”</source>
        <translation>
            <numerusform>Fusionar %n registro en «%1»</numerusform>
            <numerusform>Fusionar %n registros en «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate group(s)</source>
        <translation>
            <numerusform>Fusionar %n grupo de duplicados</numerusform>
            <numerusform>Fusionar %n grupos de duplicados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MojibakeRepair</name>
    <message>
        <source>GBK text read as Latin-1</source>
        <translation>Texto GBK leído como Latin-1</translation>
    </message>
    <message>
        <source>UTF-8 text read as Windows-1252</source>
        <translation>Texto UTF-8 leído como Windows-1252</translation>
    </message>
    <message>
        <source>UTF-8 text read as Windows-1252 twice</source>
        <translation>Texto UTF-8 leído dos veces como Windows-1252</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>RecordMimeData</name>
    <message numerus="yes">
        <source>Drop %n Record(s)</source>
        <translation>
            <numerusform>Soltar %n registro</numerusform>
            <numerusform>Soltar %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Record(s)</source>
        <translation>
            <numerusform>Pegar %n registro</numerusform>
            <numerusform>Pegar %n registros</numerusform>
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
        <translation>Artículo de revista</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Book Chapter</source>
        <translation>Capítulo de libro</translation>
    </message>
    <message>
        <source>Conference Paper</source>
        <translation>Ponencia de congreso</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Tesis</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Web Page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
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
            <numerusform>Renombrar como %1 en %n registro</numerusform>
            <numerusform>Renombrar como %1 en %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
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
        <translation>Cambiar el tipo a %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>View, repair and convert citation files.</source>
        <translation>Ver, reparar y convertir archivos de referencias bibliográficas.</translation>
    </message>
    <message>
        <source>Citation files to open.</source>
        <translation>Archivos de referencias que abrir.</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorClusterModel</name>
    <message>
        <source>Spelled with a transliteration (ü / ue, ø / oe)</source>
        <translation>Escrito con una transliteración (ü / ue, ø / oe)</translation>
    </message>
    <message>
        <source>The initials fit more than one person</source>
        <translation>Las iniciales corresponden a más de una persona</translation>
    </message>
    <message>
        <source>Written with and without a suffix (Jr., III)</source>
        <translation>Escrito con y sin sufijo (Jr., III)</translation>
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
        <translation>Posible coincidencia: %1</translation>
    </message>
    <message>
        <source>%1. Check it to rename it together with this person.</source>
        <translation>%1. Márquelo para renombrarlo junto con esta persona.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
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
        <translation>Editores de la serie</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>Traductores</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a person after the selected one</source>
        <translation>Añadir una persona después de la seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected people</source>
        <translation>Quitar las personas seleccionadas</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected person up</source>
        <translation>Mover la persona seleccionada hacia arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected person down</source>
        <translation>Mover la persona seleccionada hacia abajo</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>Exchange the given and family names of the selected people</source>
        <translation>Intercambiar el nombre y los apellidos de las personas seleccionadas</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>Pegar…</translation>
    </message>
    <message>
        <source>Add a list of names (&quot;A; B&quot;, one per line, or &quot;A and B&quot;)</source>
        <translation>Añadir una lista de nombres («A; B», uno por línea o «A and B»)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>Quitar %n persona</numerusform>
            <numerusform>Quitar %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Swap given and family names</source>
        <translation>Intercambiar nombre y apellidos</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n names</source>
        <translation>
            <numerusform>Pegar %n nombre</numerusform>
            <numerusform>Pegar %n nombres</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Name (for example &quot;van der Berg, Jan&quot; or &quot;Jan van der Berg&quot;):</source>
        <translation>Nombre (por ejemplo «van der Berg, Jan» o «Jan van der Berg»):</translation>
    </message>
    <message>
        <source>Paste Names</source>
        <translation>Pegar nombres</translation>
    </message>
    <message>
        <source>Names, separated by &quot;;&quot;, by &quot; and &quot; or one per line:</source>
        <translation>Nombres, separados por «;», por « and » o uno por línea:</translation>
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
        <translation>Filtrar nombres</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Only names with variants</source>
        <translation>Solo nombres con variantes</translation>
    </message>
    <message>
        <source>Show only persons written more than one way or with a possible match</source>
        <translation>Mostrar solo las personas escritas de más de una forma o con una posible coincidencia</translation>
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
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Given:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Particle:</source>
        <translation>&amp;Partícula:</translation>
    </message>
    <message>
        <source>&amp;Suffix:</source>
        <translation>&amp;Sufijo:</translation>
    </message>
    <message>
        <source>Only the selected variant</source>
        <translation>Solo la variante seleccionada</translation>
    </message>
    <message>
        <source>Rename this way of writing the name only, not the whole cluster</source>
        <translation>Renombrar solo esta forma de escribir el nombre, no todo el grupo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Write this form in every record that names the person (one undo step)</source>
        <translation>Escribir esta forma en todos los registros que mencionan a la persona (se deshace en un solo paso)</translation>
    </message>
    <message>
        <source>Pick a name or a variant in the list.</source>
        <translation>Elija un nombre o una variante de la lista.</translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation>Escrito como: %1</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Record(s)</source>
        <translation>
            <numerusform>Aplicar a %n registro</numerusform>
            <numerusform>Aplicar a %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n name(s) in %1 records.</source>
        <translation>
            <numerusform>Se ha renombrado %n nombre en %1 registros.</numerusform>
            <numerusform>Se han renombrado %n nombres en %1 registros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::Autosaver</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot lock a recovery file in %1</source>
        <translation>no se puede bloquear un archivo de recuperación en %1</translation>
    </message>
    <message>
        <source>no format to write a recovery file in</source>
        <translation>no hay ningún formato en el que escribir el archivo de recuperación</translation>
    </message>
</context>
<context>
    <name>refmend::ChangePreviewModel</name>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n change(s))</source>
        <translation>
            <numerusform>%1 (%2 de %n cambio)</numerusform>
            <numerusform>%1 (%2 de %n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>A suggestion: check it to apply it</source>
        <translation>Una sugerencia: márquela para aplicarla</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
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
        <translation>Chicago autor-fecha</translation>
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
        <translation>Reparar texto mal codificado</translation>
    </message>
    <message>
        <source>Undo encoding accidents such as &quot;JosÃ©&quot; or &quot;L¨²cia&quot; in names and fields.</source>
        <translation>Deshacer errores de codificación como «JosÃ©» o «L¨²cia» en nombres y campos.</translation>
    </message>
    <message>
        <source>LaTeX to Unicode</source>
        <translation>LaTeX a Unicode</translation>
    </message>
    <message>
        <source>Turn LaTeX accents and commands ({\&quot;u}, \&apos;e, \ss) into Unicode characters.</source>
        <translation>Convertir acentos y comandos de LaTeX ({\&quot;u}, \&apos;e, \ss) en caracteres Unicode.</translation>
    </message>
    <message>
        <source>Unicode NFC</source>
        <translation>Unicode NFC</translation>
    </message>
    <message>
        <source>Compose decomposed accents (e + combining acute becomes é).</source>
        <translation>Componer acentos descompuestos (e + acento agudo combinable se convierte en é).</translation>
    </message>
    <message>
        <source>Trim whitespace</source>
        <translation>Limpiar espacios</translation>
    </message>
    <message>
        <source>Trim fields and names and collapse runs of spaces.</source>
        <translation>Quitar los espacios al principio y al final de campos y nombres y reducir los espacios repetidos a uno.</translation>
    </message>
    <message>
        <source>Normalise person names</source>
        <translation>Normalizar nombres de personas</translation>
    </message>
    <message>
        <source>Write names in one form, space initials (J. R. R.), give ALL-CAPS names proper case.</source>
        <translation>Escribir los nombres de una sola forma, separar las iniciales (J. R. R.) y pasar los nombres en MAYÚSCULAS a mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Normalise DOIs</source>
        <translation>Normalizar DOI</translation>
    </message>
    <message>
        <source>Strip doi.org and doi: prefixes, lower-case, and move DOIs found in URL or note into the DOI field.</source>
        <translation>Quitar los prefijos doi.org y doi:, pasar a minúsculas y mover los DOI encontrados en la URL o la nota al campo DOI.</translation>
    </message>
    <message>
        <source>Normalise page ranges</source>
        <translation>Normalizar intervalos de páginas</translation>
    </message>
    <message>
        <source>Write page ranges (1-10, 1--10, 1–10, pp. 1 - 10) in the chosen form.</source>
        <translation>Escribir los intervalos de páginas (1-10, 1--10, 1–10, pp. 1 - 10) en la forma elegida.</translation>
    </message>
    <message>
        <source>Clean years</source>
        <translation>Limpiar años</translation>
    </message>
    <message>
        <source>Remove punctuation around years (&quot;2013.&quot;, &quot;(2013)&quot;, &quot;c2013&quot;).</source>
        <translation>Quitar la puntuación alrededor de los años («2013.», «(2013)», «c2013»).</translation>
    </message>
    <message>
        <source>Hyphenate ISSN/ISBN</source>
        <translation>Guiones en ISSN/ISBN</translation>
    </message>
    <message>
        <source>Write valid ISSNs as 1234-5679 and ISBN separators as hyphens (grouping kept as written).</source>
        <translation>Escribir los ISSN válidos como 1234-5679 y los separadores de ISBN como guiones (se mantiene la agrupación escrita).</translation>
    </message>
    <message>
        <source>ALL-CAPS titles</source>
        <translation>Títulos en MAYÚSCULAS</translation>
    </message>
    <message>
        <source>Suggest sentence case for titles written in capitals; never applied by &quot;all&quot;.</source>
        <translation>Sugerir mayúscula solo al inicio de la oración para los títulos escritos en mayúsculas; «all» nunca lo aplica.</translation>
    </message>
    <message>
        <source>DOI (from %1)</source>
        <translation>DOI (de %1)</translation>
    </message>
    <message>
        <source>unknown cleanup action(s): %1; valid: %2, all</source>
        <translation>acción(es) de limpieza desconocida(s): %1; válidas: %2, all</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupDialog</name>
    <message>
        <source>Clean Up</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>%1 Suggestions only: they start unticked.</source>
        <translation>%1 Solo sugerencias: empiezan sin marcar.</translation>
    </message>
    <message>
        <source>1-10 (hyphen)</source>
        <translation>1-10 (guion)</translation>
    </message>
    <message>
        <source>1--10 (BibTeX)</source>
        <translation>1--10 (BibTeX)</translation>
    </message>
    <message>
        <source>1–10 (en dash)</source>
        <translation>1–10 (semirraya)</translation>
    </message>
    <message>
        <source>Family, Given (Costa, Luís)</source>
        <translation>Apellidos, Nombre (Costa, Luís)</translation>
    </message>
    <message>
        <source>Given Family (Luís Costa)</source>
        <translation>Nombre Apellidos (Luís Costa)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>&amp;Page ranges:</source>
        <translation>Intervalos de &amp;páginas:</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <source>Apply Checked</source>
        <translation>Aplicar marcados</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>Each action&apos;s checked changes are applied as one undo step. Suggestions start unchecked.</source>
        <translation>Los cambios marcados de cada acción se aplican juntos y se deshacen en un solo paso. Las sugerencias empiezan sin marcar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) checked.</source>
        <translation>
            <numerusform>%1 de %n cambio marcado.</numerusform>
            <numerusform>%1 de %n cambios marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do for: %1.</source>
        <translation>Nada que hacer para: %1.</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupPipeline</name>
    <message numerus="yes">
        <source>%n text(s) changed</source>
        <translation>
            <numerusform>%n texto modificado</numerusform>
            <numerusform>%n textos modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) not applied (name the action to apply them)</source>
        <translation>
            <numerusform>%n sugerencia no aplicada (indique la acción para aplicarla)</numerusform>
            <numerusform>%n sugerencias no aplicadas (indique la acción para aplicarlas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) merged</source>
        <translation>
            <numerusform>%n grupo fusionado</numerusform>
            <numerusform>%n grupos fusionados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records -&gt; %2</source>
        <translation>%1 registros -&gt; %2</translation>
    </message>
    <message>
        <source>  merged %1 (%2): %3</source>
        <translation>  fusionados %1 (%2): %3</translation>
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
        <translation>Los registros de %1 en el disco y los de la versión abierta aquí son iguales; solo difiere la forma en que está escrito el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on disk and the version open here differ in %n record(s).</source>
        <translation>
            <numerusform>%1 en el disco y la versión abierta aquí difieren en %n registro.</numerusform>
            <numerusform>%1 en el disco y la versión abierta aquí difieren en %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>En el disco</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>Abierto aquí</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(no existe)</translation>
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
        <translation>las etiquetas de los campos</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modificado: %1</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Recargar desde el disco</translation>
    </message>
    <message>
        <source>Show the file as the other program left it (Undo brings your version back)</source>
        <translation>Mostrar el archivo tal como lo dejó el otro programa (Deshacer recupera su versión)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep the version open here; saving it replaces the file on disk</source>
        <translation>Conservar la versión abierta aquí; al guardarla, sustituye al archivo del disco</translation>
    </message>
</context>
<context>
    <name>refmend::ConnectLibraryDialog</name>
    <message>
        <source>Connect to a Shared Library</source>
        <translation>Conectar a una biblioteca compartida</translation>
    </message>
    <message>
        <source>from PGPASSWORD</source>
        <translation>de PGPASSWORD</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>for example: lab_references</source>
        <translation>por ejemplo: lab_references</translation>
    </message>
    <message>
        <source>A shared library is a PostgreSQL database that several people edit at once. RefMend makes its tables the first time.</source>
        <translation>Una biblioteca compartida es una base de datos PostgreSQL que varias personas editan a la vez. RefMend crea sus tablas la primera vez.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>The password is not stored.</source>
        <translation>La contraseña no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
</context>
<context>
    <name>refmend::DetailView</name>
    <message>
        <source>No record selected.</source>
        <translation>Ningún registro seleccionado.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This record could not be read&lt;/b&gt; (line %1). Its text is kept as it is and saved back unchanged; the Problems panel says what was wrong.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se pudo leer este registro&lt;/b&gt; (línea %1). Su texto se conserva tal cual y se guarda sin cambios; el panel Problemas indica qué estaba mal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (Eds.)</source>
        <translation>%1 (Eds.)</translation>
    </message>
    <message>
        <source>In %1 (Eds.), &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>En %1 (Eds.), &lt;i&gt;%2&lt;/i&gt;</translation>
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
        <translation>Palabras clave:</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Citation &amp;style:</source>
        <translation>E&amp;stilo de citación:</translation>
    </message>
</context>
<context>
    <name>refmend::Document</name>
    <message>
        <source>This file&apos;s format can be read but not written; use Save As.</source>
        <translation>El formato de este archivo se puede leer pero no escribir; use Guardar como.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 no contiene registros.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Reload %1 from Disk</source>
        <translation>Recargar %1 desde el disco</translation>
    </message>
</context>
<context>
    <name>refmend::DocumentGuard</name>
    <message>
        <source>an untitled collection</source>
        <translation>una colección sin título</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy of your changes: %1</source>
        <translation>No se pudo guardar una copia de recuperación de sus cambios: %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>RefMend closed without saving changes to %1 at %2. Recover them?</source>
        <translation>RefMend se cerró el %2 sin guardar los cambios en %1. ¿Recuperarlos?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were kept for recovery.</source>
        <translation>
            <numerusform>Se ha conservado %n registro para su recuperación.</numerusform>
            <numerusform>Se han conservado %n registros para su recuperación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has changed on disk since then; saving the recovered version replaces it.</source>
        <translation>Desde entonces, el archivo ha cambiado en el disco; guardar la versión recuperada lo sustituye.</translation>
    </message>
    <message>
        <source>Decide Later keeps them for the next time you open the file.</source>
        <translation>«Decidir más tarde» los conserva para la próxima vez que abra el archivo.</translation>
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
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>The changes to %1 could not be recovered.</source>
        <translation>No se pudieron recuperar los cambios en %1.</translation>
    </message>
    <message>
        <source>%1

The recovery file is kept: %2</source>
        <translation>%1

Se conserva el archivo de recuperación: %2</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>Se han recuperado los cambios sin guardar en %1</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>Otro programa ha modificado %1.</translation>
    </message>
    <message>
        <source>You have unsaved changes. Reload shows the file as it is now (Undo brings your version back); Keep Mine keeps your version, and saving it replaces the other program&apos;s changes.</source>
        <translation>Tiene cambios sin guardar. «Recargar» muestra el archivo tal como está ahora (Deshacer recupera su versión); «Conservar la mía» conserva su versión y, al guardarla, sustituye los cambios del otro programa.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now (Undo brings back the version you had); Keep Mine keeps the version open here, and saving it replaces the other program&apos;s changes.</source>
        <translation>«Recargar» muestra el archivo tal como está ahora (Deshacer recupera la versión que tenía); «Conservar la mía» conserva la versión abierta aquí y, al guardarla, sustituye los cambios del otro programa.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>%1 could not be read; the version open here is kept.</source>
        <translation>No se pudo leer %1; se conserva la versión abierta aquí.</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>No se puede recargar</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; Undo brings back the version you had</source>
        <translation>Se ha recargado %1 desde el disco; Deshacer recupera la versión que tenía</translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation>Archivo eliminado</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation>Otro programa ha eliminado o movido %1.</translation>
    </message>
    <message>
        <source>The version open here is kept. Save it to write the file again.</source>
        <translation>Se conserva la versión abierta aquí. Guárdela para volver a escribir el archivo.</translation>
    </message>
</context>
<context>
    <name>refmend::DocumentLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Descodificando %1…</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>Leyendo los registros de %1…</translation>
    </message>
    <message>
        <source>Preparing the table for %1…</source>
        <translation>Preparando la tabla de %1…</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateFinder</name>
    <message>
        <source>same DOI</source>
        <translation>mismo DOI</translation>
    </message>
    <message>
        <source>same title, year and first author</source>
        <translation>mismo título, año y primer autor</translation>
    </message>
    <message>
        <source>similar title, same year and first author</source>
        <translation>título similar, mismo año y primer autor</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n registro)</numerusform>
            <numerusform>%1 (%n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (se conserva)</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
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
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>100%: titles must be equal once case, accents and punctuation are ignored; lower values also join titles that differ a little</source>
        <translation>100 %: los títulos deben ser iguales sin tener en cuenta mayúsculas, acentos ni puntuación; los valores más bajos también agrupan títulos algo distintos</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Same &amp;DOI</source>
        <translation>Mismo &amp;DOI</translation>
    </message>
    <message>
        <source>Same &amp;title, year and first author</source>
        <translation>Mismo &amp;título, año y primer autor</translation>
    </message>
    <message>
        <source>Title &amp;similarity:</source>
        <translation>&amp;Similitud de títulos:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Choose field by field how the selected group&apos;s records become one</source>
        <translation>Elegir campo por campo cómo los registros del grupo seleccionado se convierten en uno</translation>
    </message>
    <message>
        <source>Merge &amp;All</source>
        <translation>Fusionar &amp;todos</translation>
    </message>
    <message>
        <source>Merge every group, keeping the most complete values (one undo step)</source>
        <translation>Fusionar todos los grupos conservando los valores más completos (se deshace en un solo paso)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No se encontraron duplicados.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), %1 records.</source>
        <translation>
            <numerusform>%n grupo, %1 registros.</numerusform>
            <numerusform>%n grupos, %1 registros.</numerusform>
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
        <translation>UTF-8 con marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (little endian, with byte order mark)</source>
        <translation>UTF-16 (little endian, con marca de orden de bytes)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
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
            <numerusform>Solo el registro seleccionado</numerusform>
            <numerusform>Solo los %n registros seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV columns:</source>
        <translation>Columnas CSV:</translation>
    </message>
    <message>
        <source>Every field has a place in this format.</source>
        <translation>Todos los campos tienen cabida en este formato.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Line endings:</source>
        <translation>Fin de &amp;línea:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>What this format cannot carry:</source>
        <translation>Lo que este formato no puede contener:</translation>
    </message>
    <message>
        <source>Nothing: every field has a place.</source>
        <translation>Nada: todos los campos tienen cabida.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Registro %1: %2</translation>
    </message>
</context>
<context>
    <name>refmend::FindReplace</name>
    <message>
        <source>nothing to find</source>
        <translation>nada que buscar</translation>
    </message>
    <message>
        <source>invalid regular expression at position %1: %2</source>
        <translation>expresión regular no válida en la posición %1: %2</translation>
    </message>
</context>
<context>
    <name>refmend::FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>Perl-compatible; use \1 or $1 for groups in the replacement</source>
        <translation>Compatible con Perl; use \1 o $1 para los grupos en el reemplazo</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Palabras &amp;completas</translation>
    </message>
    <message>
        <source>&amp;All fields</source>
        <translation>&amp;Todos los campos</translation>
    </message>
    <message>
        <source>Other (unknown tags)</source>
        <translation>Otros (etiquetas desconocidas)</translation>
    </message>
    <message>
        <source>&amp;Names (authors, editors, …)</source>
        <translation>&amp;Nombres (autores, editores, …)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Reemplazar por:</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>Buscar en:</translation>
    </message>
    <message>
        <source>&amp;Replace Checked</source>
        <translation>Reemplazar marca&amp;dos</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Sin coincidencias.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 texts.</source>
        <translation>
            <numerusform>%n coincidencia en %1 textos.</numerusform>
            <numerusform>%n coincidencias en %1 textos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::HistoryDialog</name>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>&amp;Restaurar este valor</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
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
        <translation>Después</translation>
    </message>
    <message>
        <source>Set this field back to the value it had before this change (a removed record comes back)</source>
        <translation>Devolver este campo al valor que tenía antes de este cambio (un registro eliminado vuelve a aparecer)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
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
        <translation>Orden de los campos</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back as it was before that change.</source>
        <translation>%1 vuelve a estar como antes de ese cambio.</translation>
    </message>
    <message>
        <source>The library is offline: the restore waits and is written when it is back.</source>
        <translation>La biblioteca está sin conexión: la restauración queda en espera y se escribirá cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>No se pudo restaurar: %1</translation>
    </message>
    <message>
        <source>the record changed meanwhile</source>
        <translation>el registro ha cambiado mientras tanto</translation>
    </message>
</context>
<context>
    <name>refmend::IntegrityCheck</name>
    <message>
        <source>Missing required field</source>
        <translation>Falta un campo obligatorio</translation>
    </message>
    <message>
        <source>Invalid DOI</source>
        <translation>DOI no válido</translation>
    </message>
    <message>
        <source>ISSN checksum</source>
        <translation>Dígito de control del ISSN</translation>
    </message>
    <message>
        <source>ISBN checksum</source>
        <translation>Dígito de control del ISBN</translation>
    </message>
    <message>
        <source>Year out of range</source>
        <translation>Año fuera de rango</translation>
    </message>
    <message>
        <source>Suspected mojibake</source>
        <translation>Posible texto mal codificado</translation>
    </message>
    <message>
        <source>Decomposed Unicode (NFD)</source>
        <translation>Unicode descompuesto (NFD)</translation>
    </message>
    <message>
        <source>Name not split</source>
        <translation>Nombre sin dividir</translation>
    </message>
    <message>
        <source>Name parts swapped</source>
        <translation>Partes del nombre intercambiadas</translation>
    </message>
    <message>
        <source>Duplicate citation key</source>
        <translation>Clave de cita duplicada</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1 sin %2</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>autores</translation>
    </message>
    <message>
        <source>authors or editors</source>
        <translation>autores o editores</translation>
    </message>
    <message>
        <source>%1 is not a DOI (10.NNNN/...)</source>
        <translation>%1 no es un DOI (10.NNNN/...)</translation>
    </message>
    <message>
        <source>ISSN %1 fails its checksum</source>
        <translation>el dígito de control del ISSN %1 es incorrecto</translation>
    </message>
    <message>
        <source>ISBN %1 does not start with 978 or 979</source>
        <translation>el ISBN %1 no empieza por 978 ni 979</translation>
    </message>
    <message>
        <source>ISBN %1 fails its checksum</source>
        <translation>el dígito de control del ISBN %1 es incorrecto</translation>
    </message>
    <message>
        <source>year %1 is out of range (1400-%2)</source>
        <translation>el año %1 está fuera de rango (1400-%2)</translation>
    </message>
    <message>
        <source>suspected mojibake: %1 should read %2</source>
        <translation>posible texto mal codificado: %1 debería ser %2</translation>
    </message>
    <message>
        <source>Repair as %1</source>
        <translation>Reparar como %1</translation>
    </message>
    <message>
        <source>text uses decomposed accents (NFD) while the collection uses composed ones (NFC)</source>
        <translation>el texto usa acentos descompuestos (NFD), mientras que la colección usa acentos compuestos (NFC)</translation>
    </message>
    <message>
        <source>text uses decomposed accents (NFD)</source>
        <translation>el texto usa acentos descompuestos (NFD)</translation>
    </message>
    <message>
        <source>Convert to NFC</source>
        <translation>Convertir a NFC</translation>
    </message>
    <message>
        <source>%1 looks like a whole name in the family-name field</source>
        <translation>%1 parece un nombre completo en el campo de apellidos</translation>
    </message>
    <message>
        <source>Split as %1</source>
        <translation>Dividir como %1</translation>
    </message>
    <message>
        <source>given name %1 looks like a family name (swapped with %2?)</source>
        <translation>el nombre %1 parece un apellido (¿intercambiado con %2?)</translation>
    </message>
    <message>
        <source>Swap to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>citation key %1 is also used by record %2 (line %3)</source>
        <translation>la clave de cita %1 también la usa el registro %2 (línea %3)</translation>
    </message>
    <message>
        <source>citation key %1 is also used by record %2</source>
        <translation>la clave de cita %1 también la usa el registro %2</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Renombrar como %1</translation>
    </message>
</context>
<context>
    <name>refmend::IntegrityProblemModel</name>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Click to fix (one undo step)</source>
        <translation>Haga clic para corregir (se deshace en un solo paso)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
</context>
<context>
    <name>refmend::Library</name>
    <message>
        <source>No library given</source>
        <translation>No se ha indicado ninguna biblioteca</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado (paquete de Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is not a RefMend library (not an SQLite file)</source>
        <translation>%1 no es una biblioteca de RefMend (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>No se puede abrir la biblioteca %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the library: %1</source>
        <translation>No se puede preparar la biblioteca: %1</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>No se puede leer la biblioteca: %1</translation>
    </message>
    <message>
        <source>The library %1 is not connected</source>
        <translation>La biblioteca %1 no está conectada</translation>
    </message>
    <message>
        <source>Nothing was added to the library: %1</source>
        <translation>No se ha añadido nada a la biblioteca: %1</translation>
    </message>
    <message>
        <source>Record %1 is not in the library (removed by someone else?)</source>
        <translation>El registro %1 no está en la biblioteca (¿lo ha eliminado otra persona?)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No hay conexión</translation>
    </message>
    <message>
        <source>No journal entry %1</source>
        <translation>No existe la entrada %1 del historial</translation>
    </message>
    <message>
        <source>Only a removal can be undone from the journal</source>
        <translation>Desde el historial solo se puede deshacer la eliminación de un registro</translation>
    </message>
    <message>
        <source>The record is not removed</source>
        <translation>El registro no está eliminado</translation>
    </message>
</context>
<context>
    <name>refmend::LibrarySync</name>
    <message>
        <source>The library %1 is offline (%2): changes wait here and are written when it is back</source>
        <translation>La biblioteca %1 está sin conexión (%2): los cambios esperan aquí y se escribirán cuando vuelva a estar disponible</translation>
    </message>
    <message>
        <source>The library %1 is back: waiting changes were written</source>
        <translation>La biblioteca %1 vuelve a estar disponible: se han escrito los cambios pendientes</translation>
    </message>
    <message>
        <source>A record you edited had been removed by someone else: it was added again with your changes</source>
        <translation>Otra persona había eliminado un registro que usted editó: se ha vuelto a añadir con sus cambios</translation>
    </message>
    <message>
        <source>Could not write to the library %1: %2</source>
        <translation>No se pudo escribir en la biblioteca %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting for the library</source>
        <translation>
            <numerusform>Sin conexión: %n cambio en espera de la biblioteca</numerusform>
            <numerusform>Sin conexión: %n cambios en espera de la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to the library %1</source>
        <translation>Guardado en la biblioteca %1</translation>
    </message>
    <message>
        <source>Merge with the library&apos;s version</source>
        <translation>Fusionar con la versión de la biblioteca</translation>
    </message>
    <message>
        <source>Records were removed by someone else</source>
        <translation>Otra persona ha eliminado registros</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated from the library</source>
        <translation>
            <numerusform>%n registro actualizado desde la biblioteca</numerusform>
            <numerusform>%n registros actualizados desde la biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::MainWindow</name>
    <message>
        <source>Search all fields</source>
        <translation>Buscar en todos los campos</translation>
    </message>
    <message>
        <source>Every word must occur; case and accents are ignored</source>
        <translation>Deben aparecer todas las palabras; no se distinguen mayúsculas ni acentos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the records of another file to this collection</source>
        <translation>Añadir a esta colección los registros de otro archivo</translation>
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
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Repair &amp;Garbled Text…</source>
        <translation>Reparar texto &amp;mal codificado…</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Buscar y r&amp;eemplazar…</translation>
    </message>
    <message>
        <source>Replace text in chosen fields of every record, with a preview</source>
        <translation>Reemplazar texto en los campos elegidos de todos los registros, con vista previa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Authors…</source>
        <translation>&amp;Autores…</translation>
    </message>
    <message>
        <source>Every person in the collection, with name variants grouped</source>
        <translation>Todas las personas de la colección, con las variantes de nombre agrupadas</translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>&amp;Limpieza…</translation>
    </message>
    <message>
        <source>Preview and apply cleanup actions to every record</source>
        <translation>Previsualizar y aplicar acciones de limpieza a todos los registros</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Find records that are the same work and merge them</source>
        <translation>Encontrar registros que son la misma obra y fusionarlos</translation>
    </message>
    <message>
        <source>Check &amp;Integrity</source>
        <translation>Comprobar &amp;integridad</translation>
    </message>
    <message>
        <source>List missing fields, invalid identifiers and suspicious names</source>
        <translation>Listar campos que faltan, identificadores no válidos y nombres sospechosos</translation>
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
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About RefMend</source>
        <translation>A&amp;cerca de RefMend</translation>
    </message>
    <message>
        <source>About RefMend</source>
        <translation>Acerca de RefMend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RefMend %1&lt;/h3&gt;&lt;p&gt;Opens, repairs and converts reference (citation) files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RefMend %1&lt;/h3&gt;&lt;p&gt;Abre, repara y convierte archivos de referencias bibliográficas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>No se pudo abrir %1.

%2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios en %1?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no los guarda, se perderán los cambios.</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>No se puede guardar el archivo</translation>
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
        <translation>No se puede exportar</translation>
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
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>%1 could not be imported.

%2</source>
        <translation>No se pudo importar %1.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1</source>
        <translation>
            <numerusform>%n registro importado de %1</numerusform>
            <numerusform>%n registros importados de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Borrar menú</translation>
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
        <translation>%1 de %2 registros</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every action and its keyboard shortcut</source>
        <translation>Todas las acciones y sus atajos de teclado</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>Barra de &amp;herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Choose Format…</source>
        <translation>&amp;Elegir formato…</translation>
    </message>
    <message>
        <source>Export with the default format of the Preferences, or another</source>
        <translation>Exportar en el formato predeterminado de Preferencias o en otro</translation>
    </message>
    <message>
        <source>%1 could not be saved.

%2

Nothing on disk was changed, and your changes are still open here.</source>
        <translation>No se pudo guardar %1.

%2

No se ha modificado nada en el disco y sus cambios siguen abiertos aquí.</translation>
    </message>
    <message>
        <source>Backup Incomplete</source>
        <translation>Copia de seguridad incompleta</translation>
    </message>
    <message>
        <source>%1 was saved, but the backup of its previous version is incomplete: %2</source>
        <translation>%1 se ha guardado, pero la copia de seguridad de su versión anterior está incompleta: %2</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Se canceló la apertura de %1.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
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
        <translation>Abrir o crear un archivo de biblioteca (.refmend), en el que cada cambio se guarda en el momento</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Library…</source>
        <translation>Conectar a una biblioteca com&amp;partida…</translation>
    </message>
    <message>
        <source>Open a library on a PostgreSQL server that several people edit at once</source>
        <translation>Abrir una biblioteca de un servidor PostgreSQL que varias personas editan a la vez</translation>
    </message>
    <message>
        <source>Record &amp;History…</source>
        <translation>&amp;Historial del registro…</translation>
    </message>
    <message>
        <source>Every change of the current record: who, when, before and after; restore any earlier value</source>
        <translation>Todos los cambios del registro actual: quién, cuándo, antes y después; restaurar cualquier valor anterior</translation>
    </message>
    <message>
        <source>&amp;Close Library</source>
        <translation>&amp;Cerrar biblioteca</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>Every change is saved in the library %1.</source>
        <translation>Cada cambio se guarda en la biblioteca %1.</translation>
    </message>
    <message>
        <source>%1 (shared library)</source>
        <translation>%1 (biblioteca compartida)</translation>
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
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password of %1 for the library %2:</source>
        <translation>Contraseña de %1 para la biblioteca %2:</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation>No se pudo abrir la biblioteca %1.

%2</translation>
    </message>
    <message>
        <source>%1: the undo history was cleared.</source>
        <translation>%1: se ha borrado el historial de deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Opened the library %1: %n record(s).</source>
        <translation>
            <numerusform>Se ha abierto la biblioteca %1: %n registro.</numerusform>
            <numerusform>Se ha abierto la biblioteca %1: %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or Create a Library</source>
        <translation>Abrir o crear una biblioteca</translation>
    </message>
    <message>
        <source>RefMend libraries (*.refmend)</source>
        <translation>Bibliotecas de RefMend (*.refmend)</translation>
    </message>
    <message>
        <source>This record is not in the library yet.</source>
        <translation>Este registro aún no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Someone else had saved this record meanwhile; their changes and yours were both kept.</source>
        <translation>Otra persona había guardado este registro mientras tanto; se han conservado tanto los cambios de esa persona como los suyos.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>En la biblioteca</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Guardado por %1</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it, and you both changed: %1. Choose, for each field, the version to keep. Cancel keeps yours where you both changed it, and theirs elsewhere.</source>
        <translation>Otra persona guardó este registro mientras usted lo editaba, y ambos han cambiado: %1. Elija, para cada campo, la versión que desea conservar. «Cancelar» conserva la suya donde ambos lo cambiaron y la de la otra persona en el resto.</translation>
    </message>
    <message>
        <source>Someone Else Changed This Record</source>
        <translation>Otra persona ha cambiado este registro</translation>
    </message>
    <message>
        <source>&amp;New Window</source>
        <translation>&amp;Nueva ventana</translation>
    </message>
    <message>
        <source>Open another window, to work on several files at once</source>
        <translation>Abrir otra ventana para trabajar con varios archivos a la vez</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected records as formatted citations, and as records for another RefMend window</source>
        <translation>Copiar los registros seleccionados como citas con formato y como registros para otra ventana de RefMend</translation>
    </message>
    <message>
        <source>Copy &amp;As</source>
        <translation>Copiar c&amp;omo</translation>
    </message>
    <message>
        <source>&amp;Formatted Citation</source>
        <translation>Cita con &amp;formato</translation>
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
        <translation>Pe&amp;gar</translation>
    </message>
    <message>
        <source>Select the records to copy.</source>
        <translation>Seleccione los registros que desea copiar.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>%n registro copiado.</numerusform>
            <numerusform>%n registros copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no records in a format RefMend reads.</source>
        <translation>El portapapeles no contiene registros en un formato que RefMend pueda leer.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n record(s).</source>
        <translation>
            <numerusform>%n registro pegado.</numerusform>
            <numerusform>%n registros pegados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the records on the clipboard (BibTeX, RIS, EndNote, CSL-JSON, …) after the current record</source>
        <translation>Insertar los registros del portapapeles (BibTeX, RIS, EndNote, CSL-JSON, …) después del registro actual</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) of the file, shown while the rest is read</source>
        <translation>
            <numerusform>El primer registro del archivo, mostrado mientras se lee el resto</numerusform>
            <numerusform>Los primeros %n registros del archivo, mostrados mientras se lee el resto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) are shown; reading the rest…</source>
        <translation>
            <numerusform>Se muestra el primer registro; leyendo el resto…</numerusform>
            <numerusform>Se muestran los primeros %n registros; leyendo el resto…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n record(s) by %1…</source>
        <translation>
            <numerusform>Ordenando %n registro por %1…</numerusform>
            <numerusform>Ordenando %n registros por %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n record(s)…</source>
        <translation>
            <numerusform>Buscando en %n registro…</numerusform>
            <numerusform>Buscando en %n registros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; the file was not changed.</source>
        <translation>Se canceló la escritura de %1; el archivo no se modificó.</translation>
    </message>
</context>
<context>
    <name>refmend::MergeDialog</name>
    <message>
        <source>Merge Records</source>
        <translation>Fusionar registros</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fusionar «%1»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Record %1 (most complete)</source>
        <translation>Registro %1 (más completo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fusionado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Combine the keywords of all records</source>
        <translation>Combinar las palabras clave de todos los registros</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Otros campos</translation>
    </message>
    <message>
        <source>Fields RefMend does not know are kept from every record</source>
        <translation>Los campos que RefMend no conoce se conservan de todos los registros</translation>
    </message>
    <message>
        <source>Choose, for each field, the record it comes from. The merged record replaces the first record; the others are removed. One undo step restores them all.</source>
        <translation>Elija, para cada campo, el registro del que procede. El registro fusionado sustituye al primero; los demás se eliminan. Deshacer una sola vez los restaura todos.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>refmend::PersonListModel</name>
    <message>
        <source>An institution or a name that must not be split into parts</source>
        <translation>Una institución o un nombre que no debe dividirse en partes</translation>
    </message>
    <message>
        <source>As written in the file: %1</source>
        <translation>Tal como está escrito en el archivo: %1</translation>
    </message>
    <message>
        <source>Family name, or the whole name of an institution</source>
        <translation>Apellidos, o el nombre completo de una institución</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Partícula</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
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
        <translation>Editor de la serie</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
</context>
<context>
    <name>refmend::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Family name first (Curie, Marie)</source>
        <translation>Apellidos primero (Curie, Marie)</translation>
    </message>
    <message>
        <source>Given name first (Marie Curie)</source>
        <translation>Nombre primero (Marie Curie)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <source>To choose the columns, right-click the header of the table.</source>
        <translation>Para elegir las columnas, haga clic con el botón derecho en el encabezado de la tabla.</translation>
    </message>
    <message>
        <source>Same as the open file</source>
        <translation>Igual que el del archivo abierto</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Default &amp;format:</source>
        <translation>&amp;Formato predeterminado:</translation>
    </message>
    <message>
        <source>Default &amp;encoding:</source>
        <translation>&amp;Codificación predeterminada:</translation>
    </message>
    <message>
        <source>File &gt; Export &gt; Choose Format starts with these; the Export dialog can still change them.</source>
        <translation>Archivo &gt; Exportar &gt; Elegir formato empieza con estos valores; el diálogo Exportar aún permite cambiarlos.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
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
        <translation>El nuevo idioma se usará la próxima vez que se inicie RefMend.</translation>
    </message>
    <message>
        <source>Keep a &amp;backup of the previous version (name.bak) when saving</source>
        <translation>Conservar una copia de &amp;seguridad de la versión anterior (nombre.bak) al guardar</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Nú&amp;mero de copias:</translation>
    </message>
    <message>
        <source>Saving refs.bib keeps the version it replaces as refs.bib.bak; with more than one, the older ones move to refs.bib.bak2, refs.bib.bak3, … and the oldest beyond the number is removed. Saving a file that did not change keeps the backups as they are.</source>
        <translation>Al guardar refs.bib, la versión que se sustituye se conserva como refs.bib.bak; con más de una copia, las anteriores pasan a refs.bib.bak2, refs.bib.bak3, … y la más antigua que supere el número se elimina. Guardar un archivo que no ha cambiado deja las copias de seguridad como están.</translation>
    </message>
    <message>
        <source>&amp;Citation style:</source>
        <translation>Estilo de &amp;citación:</translation>
    </message>
    <message>
        <source>Used by the detail view and by Copy.</source>
        <translation>Lo usan la vista de detalle y Copiar.</translation>
    </message>
    <message>
        <source>As the file has them</source>
        <translation>Como los tiene el archivo</translation>
    </message>
    <message>
        <source>LaTeX commands (L{\&apos;u}cia), plain ASCII</source>
        <translation>Órdenes de LaTeX (L{\&apos;u}cia), solo ASCII</translation>
    </message>
    <message>
        <source>UTF-8 characters (Lúcia)</source>
        <translation>Caracteres UTF-8 (Lúcia)</translation>
    </message>
    <message>
        <source>How accented and other non-ASCII letters are written in BibTeX and BibLaTeX files. &quot;As the file has them&quot; keeps a UTF-8 file in UTF-8 and writes new BibTeX text with LaTeX commands.</source>
        <translation>Cómo se escriben las letras acentuadas y otros caracteres no ASCII en los archivos BibTeX y BibLaTeX. «Como los tiene el archivo» mantiene en UTF-8 un archivo UTF-8 y escribe el texto BibTeX nuevo con órdenes de LaTeX.</translation>
    </message>
    <message>
        <source>&amp;BibTeX characters:</source>
        <translation>Caracteres de &amp;BibTeX:</translation>
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
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Línea:Columna</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Fix Selected</source>
        <translation>&amp;Corregir seleccionados</translation>
    </message>
    <message>
        <source>Apply the fixes of the selected problems (one undo step)</source>
        <translation>Aplicar las correcciones de los problemas seleccionados (se deshace en un solo paso)</translation>
    </message>
    <message>
        <source>Fix &amp;All</source>
        <translation>Corregir &amp;todos</translation>
    </message>
    <message>
        <source>Apply every fix the checks offer (one undo step)</source>
        <translation>Aplicar todas las correcciones que ofrecen las comprobaciones (se deshace en un solo paso)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Lectura (%1)</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Comprobaciones (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), %1 with a fix</source>
        <translation>
            <numerusform>%n problema, %1 con corrección</numerusform>
            <numerusform>%n problemas, %1 con corrección</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::RecordDifference</name>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
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
        <translation>Ningún registro seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Written in the file with the tag &quot;%1&quot;</source>
        <translation>Escrito en el archivo con la etiqueta «%1»</translation>
    </message>
    <message>
        <source>(as written: %1)</source>
        <translation>(tal como se escribió: %1)</translation>
    </message>
    <message>
        <source>Edit %1 fields</source>
        <translation>Editar %1 campos</translation>
    </message>
    <message>
        <source>Other Tag…</source>
        <translation>Otra etiqueta…</translation>
    </message>
    <message>
        <source>Tag of the new field, as the format writes it:</source>
        <translation>Etiqueta del nuevo campo, tal como la escribe el formato:</translation>
    </message>
    <message>
        <source>The DOI should look like 10.1234/abc.</source>
        <translation>El DOI debe tener la forma 10.1234/abc.</translation>
    </message>
    <message>
        <source>The URL should start with http:// or https://.</source>
        <translation>La URL debe empezar por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>refmend::RecordTableModel</name>
    <message>
        <source>Unreadable record (line %1)</source>
        <translation>Registro ilegible (línea %1)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Journal / Container</source>
        <translation>Revista / Publicación</translation>
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
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>See each garbled text and its repair, and choose which to apply</source>
        <translation>Ver cada texto mal codificado y su reparación, y elegir cuáles aplicar</translation>
    </message>
    <message>
        <source>Repair All</source>
        <translation>Reparar todo</translation>
    </message>
    <message>
        <source>Repair every garbled text (one undo step)</source>
        <translation>Reparar todos los textos mal codificados (se deshace en un solo paso)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>1 field looks garbled (wrong character encoding).</source>
        <translation>1 campo parece mal codificado (codificación de caracteres incorrecta).</translation>
    </message>
    <message>
        <source>%1 fields look garbled (wrong character encoding).</source>
        <translation>%1 campos parecen mal codificados (codificación de caracteres incorrecta).</translation>
    </message>
</context>
<context>
    <name>refmend::RepairDialog</name>
    <message>
        <source>Repair Garbled Text</source>
        <translation>Reparar texto mal codificado</translation>
    </message>
    <message>
        <source>These texts look as if they were read with the wrong character encoding. Checked repairs are applied together and can be undone in one step.</source>
        <translation>Estos textos parecen haberse leído con una codificación de caracteres incorrecta. Las reparaciones marcadas se aplican juntas y se pueden deshacer en un solo paso.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Repair Checked</source>
        <translation>Reparar marcados</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Desmarcar todo</translation>
    </message>
</context>
<context>
    <name>refmend::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Buscar acciones y teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>refmend::schema</name>
    <message>
        <source>Cannot update the library&apos;s tables: %1 (%2)</source>
        <translation>No se pueden actualizar las tablas de la biblioteca: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot update the library&apos;s tables: %1</source>
        <translation>No se pueden actualizar las tablas de la biblioteca: %1</translation>
    </message>
    <message>
        <source>This database holds other tables: it is not a RefMend library</source>
        <translation>Esta base de datos contiene otras tablas: no es una biblioteca de RefMend</translation>
    </message>
    <message>
        <source>This library was made by a newer RefMend (schema %1; this one knows %2)</source>
        <translation>Esta biblioteca se creó con una versión más reciente de RefMend (esquema %1; esta versión conoce el %2)</translation>
    </message>
</context>
</TS>
