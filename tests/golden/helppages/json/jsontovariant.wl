// Help page JSONToVariant ?1000021052: the page's example, then its two ways of testing a
// JSON null ("Checking if a value is NULL"), each tracing "NULL".
sJZon is ANSI string = [
{
"glossary": {
"title": "example glossary",
"GlossDiv": {
"title": "S",
"GlossList": {
"GlossEntry": {
"ID": "SGML",
"SortAs": "SGML",
"GlossTerm": "Standard Generalized Markup Language",
"Acronym": "SGML",
"Abbrev": "ISO 8879:1986",
"GlossDef": {
"para": "A meta-markup language, used to create markup languages such as DocBook.",
"GlossSeeAlso": ["GML", "XML"]
},
"GlossSee": "markup"
}
}
}
}
}
]
let jz = JSONToVariant(sJZon)
Trace(jz.glossary.title, jz.glossary.GlossDiv.GlossList.GlossEntry.GlossDef.GlossSeeAlso[2])   // expect: example glossary, XML
v is Variant = JSONToVariant("{""m"":null}")
IF v.m..Value = Null THEN Trace("NULL")   // expect: NULL
IF v.m = Null THEN Trace("NULL")   // expect: NULL
