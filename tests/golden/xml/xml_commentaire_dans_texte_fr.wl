// Un commentaire (ou une instruction de traitement) au milieu du texte d'un élément est
// réécrit là où il était tant que le programme laisse ce texte tel que lu :
// `<Note>payée<!-- c -->en entier</Note>` revenait `<Note>payéeen entier<!-- c --></Note>`,
// la note passée après le texte. Le texte se lit toujours entier ("payéeen entier") ; un
// texte que le programme change est écrit entier, puis les notes (*décidé* 6 déc. 2026,
// FS, INFERRED : docs/builtins.md "Comments kept"). Jumeau anglais
// xml_comment_inside_text_en.wl.
sXml est une chaîne = [
<Facture>
	<Note>payée<!-- vérifié par AB -->en entier</Note>
	<Conditions><!-- légal -->30 jours &amp; net<?saut page?> fin de mois</Conditions>
	<Lignes>avant<!-- première -->entre<Ligne>A1</Ligne>après<!-- dernière --> fin</Lignes>
</Facture>
]
doc est un xmlDocument = XMLOuvre(sXml, depuisChaîne)
Trace(doc.Facture.Note, doc.Facture.Conditions) // expect: payéeen entier, 30 jours & net fin de mois
sSortie est une chaîne = XMLConstruitChaîne(doc, XMLSansEntête)
Trace(Position(sSortie, "<Note>payée<!-- vérifié par AB -->en entier</Note>") > 0) // expect: 1
Trace(Position(sSortie, "<Conditions><!-- légal -->30 jours &amp; net<?saut page?> fin de mois</Conditions>") > 0) // expect: 1
Trace(Position(sSortie, "<Lignes>avant<!-- première -->entre<Ligne>A1</Ligne>après<!-- dernière --> fin</Lignes>") > 0) // expect: 1
// relu, réécrit : le même texte
doc2 est un xmlDocument = XMLOuvre(sSortie, depuisChaîne)
Trace(XMLConstruitChaîne(doc2, XMLSansEntête) = sSortie) // expect: 1
// un texte que le programme change est écrit entier, puis ses notes
doc.Facture.Note = "due"
Trace(Position(XMLConstruitChaîne(doc, XMLSansEntête), "<Note>due<!-- vérifié par AB --></Note>") > 0) // expect: 1
