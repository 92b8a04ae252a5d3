// `h..Type` sur une variable d'un type de la bibliothèque sans propriété Type à lui
// (httpRequête, httpRéponse, geoPosition, ftpConnexion) est la constante de TypeVar,
// comme pour toute autre valeur (décidé, docs/semantics.md "..Type on a library type").
// Le programme s'arrêtait sur "httpRequest has no property 'Type'".
h est une httpRequête
h.URL = "https://example.com"
Trace(h..Type = TypeVar(h), h..Type = wlVariant) // expect: 1, 1
r est une httpRéponse
Trace(r..Type = TypeVar(r)) // expect: 1
g est une geoPosition
Trace(g..Type = TypeVar(g)) // expect: 1
f est une ftpConnexion
Trace(f..Type = TypeVar(f)) // expect: 1
v est un Variant = h
Trace(v..Type = wlVariant) // expect: 1
