// Sérialise avec psdJSON dans un membre d'une variable JSON y range le document JSON
// lui-même (le membre gardait le texte comme une chaîne JSON).
STRUCTURE Article
	réf est un entier
	nom est une chaîne
END
a est un Article
a.réf = 12
a.nom = "vis"
doc est un JSON
Sérialise(a, doc.article, psdJSON)
Trace(doc)                                     // expect: {"article":{"réf":12,"nom":"vis"}}
Trace(doc.article.nom)                         // expect: vis
b est un Article
Désérialise(b, doc.article, psdJSON)
Trace(b.réf)                                   // expect: 12
