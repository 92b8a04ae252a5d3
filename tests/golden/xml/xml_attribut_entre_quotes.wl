// Un attribut dont le nom n'est pas un identificateur, entre quotes après les deux-points
// (noeud:'http-equiv', comme l'exemple d'export HTML de PC SOFT) : lu et écrit
sXML est une chaîne = [
<html><head><meta http-equiv="Refresh" content="5"/></head></html>
]
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
Trace(doc.html.head.meta:'http-equiv', doc.html.head.meta:content) // expect: Refresh, 5
doc.html.head.meta:'http-equiv' = "Content-Type"
doc.html.head.meta:"data-x" = "1"
Trace(doc.html.head.meta:"http-equiv", doc.html.head.meta:'data-x') // expect: Content-Type, 1
