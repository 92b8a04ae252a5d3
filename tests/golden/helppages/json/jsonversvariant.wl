// Page JSONVersVariant ?1000021052 : l'exemple de la page (données abrégées), puis les deux
// façons de tester un null JSON ("Tester NULL sur une valeur").
sJZon est une chaîne ANSI = [
{
"glossary": {
"title": "example glossary",
"GlossDiv": {"title": "S"}
}
}
]
soit jz = JSONVersVariant(sJZon)
Trace(jz.glossary.title, jz.glossary.GlossDiv.title)   // expect: example glossary, S
v est un Variant = JSONVersVariant("{""m"":null}")
SI v.m..Valeur = Null ALORS Trace("NULL")   // expect: NULL
SI v.m = Null ALORS Trace("NULL")   // expect: NULL
