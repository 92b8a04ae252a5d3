// xmlDocument : éléments par leur nom, occurrences, attributs, ..Texte/..Nom/..Occurrence/..Existe
sXML est une chaîne = [
<?xml version="1.0" encoding="UTF-8"?>
<Catalogue version="2">
	<Livre id="l1"><Titre>Germinal</Titre><Prix>9.5</Prix></Livre>
	<Livre id="l2"><Titre>Nana</Titre><Prix>7</Prix></Livre>
</Catalogue>
]
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
Trace(doc.Catalogue..Nom, doc.Catalogue.version) // expect: Catalogue, 2
Trace(doc.Catalogue.Livre..Occurrence) // expect: 2
Trace(doc.Catalogue.Livre.Titre) // expect: Germinal
Trace(doc.Catalogue.Livre[2].Titre..Texte, doc.Catalogue.Livre[2].id) // expect: Nana, l2
POUR TOUT l DE doc.Catalogue.Livre
	Trace(l.Titre + " : " + l.Prix) // expect: Germinal : 9.5
	// expect: Nana : 7
FIN
n est un xmlNoeud = doc.Catalogue.Livre[2]
Trace(n..Nom, n.Titre) // expect: Livre, Nana
SI doc.Catalogue.Revue..Existe ALORS Trace("revue") SINON Trace("pas de revue") // expect: pas de revue
SI doc.Catalogue.Livre[1].Titre = "Germinal" ALORS Trace("égal comme texte") // expect: égal comme texte
doc.Catalogue.Livre[1].Titre = "L'Assommoir"
doc.Catalogue.Livre[1].id = "l0"
Trace(doc.Catalogue.Livre.Titre, doc.Catalogue.Livre.id) // expect: L'Assommoir, l0
doc.Catalogue.Livre[2].Prix[1] = 8
Trace(doc.Catalogue.Livre[2].Prix) // expect: 8
Trace(doc.Catalogue.Livre[3].Titre) // expect error: there is no occurrence 3
