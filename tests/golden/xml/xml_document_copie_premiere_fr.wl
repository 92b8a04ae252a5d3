// Un document que XMLOuvre vient de faire n'est pris sans copie que quand `=` le range
// tout droit depuis l'appel ; là où il est allé d'abord (`<-`, un Variant, un tableau, un
// paramètre) le garde, et le `=` qui suit le copie (docs/builtins.md "Copying an
// xmlDocument"). Le `=` le partageait : le changement de x2 se voyait dans x1.
s est une chaîne = "<r><a>1</a></r>"
x1 est un xmlDocument <- XMLOuvre(s, depuisChaîne)
x2 est un xmlDocument = x1
x2.r.a = "changé"
Trace(x1.r.a, x2.r.a)   // expect: 1, changé
v est un Variant = XMLOuvre(s, depuisChaîne)
y1 est un xmlDocument = v
y2 est un xmlDocument = v
y1.r.a = "un"
y2.r.a = "deux"
Trace(y1.r.a, y2.r.a)   // expect: un, deux
tab est un tableau de xmlDocument
Ajoute(tab, XMLOuvre(s, depuisChaîne))
z est un xmlDocument = tab[1]
z.r.a = "z"
Trace(tab[1].r.a, z.r.a)   // expect: 1, z
// tout droit depuis l'appel : le document lui-même, qu'un `=` suivant copie
d est un xmlDocument = XMLOuvre(s, depuisChaîne)
e est un xmlDocument = d
e.r.a = "e"
Trace(d.r.a, e.r.a)   // expect: 1, e
j est un xmlDocument
j = JSONVersXML("{""a"": 1}")
k est un xmlDocument = j
k.document.a = "k"
Trace(j.document.a, k.document.a)   // expect: 1, k
// un paramètre le garde aussi : le `=` dans la procédure le copie
Vérifie(XMLOuvre(s, depuisChaîne))

PROCÉDURE Vérifie(p est un xmlDocument)
c est un xmlDocument = p
c.r.a = "dedans"
Trace(p.r.a, c.r.a)   // expect: 1, dedans
