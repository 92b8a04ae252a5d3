// comment() et processing-instruction() de XPath trouvent les commentaires et les
// instructions d'un document lu, là où ils étaient : sous un élément, ou avant et après la
// racine (enfants du nœud document). Ils n'en trouvaient aucun : les notes sont gardées à
// côté des éléments pour que XMLConstruitChaîne les réécrive, et la requête n'y regardait
// pas. La valeur d'un commentaire est son texte, celle d'une instruction ses données,
// name() la cible d'une instruction. Une note dans un texte vient après ce texte, qui reste
// un seul nœud texte (docs/builtins.md "XPath comments and instructions").
sXML est une chaîne = [
<?xml version="1.0"?>
<?xml-stylesheet href="order.xsl" type="text/xsl"?>
<!-- exporté par l'ERP -->
<Commande><Ligne code="A1">2<!-- vérifié -->x</Ligne><?audit  step 3?><Ligne code="B2"/></Commande>
<!-- fin -->
]
XMLDocument("d", sXML)
Trace(XMLExécuteXPath("d", "count(//comment())"), XMLRésultat("d")) // expect: 1, 3
Trace(XMLExécuteXPath("d", "count(/comment())"), XMLRésultat("d")) // expect: 1, 2
Trace(XMLExécuteXPath("d", "concat('[', /comment()[1], ']')"), XMLRésultat("d")) // expect: 1, [ exporté par l'ERP ]
Trace(XMLExécuteXPath("d", "count(//processing-instruction())"), XMLRésultat("d")) // expect: 1, 2
Trace(XMLExécuteXPath("d", "string(//processing-instruction('audit'))"), XMLRésultat("d")) // expect: 1, step 3
Trace(XMLExécuteXPath("d", "name(/processing-instruction())"), XMLRésultat("d")) // expect: 1, xml-stylesheet
Trace(XMLExécuteXPath("d", "count(//processing-instruction('none'))"), XMLRésultat("d")) // expect: 1, 0
Trace(XMLExécuteXPath("d", "//Ligne[comment()]/@code"), XMLRésultat("d")) // expect: 1, A1
Trace(XMLExécuteXPath("d", "name(//comment()[. = ' vérifié ']/..)"), XMLRésultat("d")) // expect: 1, Ligne
Trace(XMLExécuteXPath("d", "//processing-instruction()/following-sibling::*[1]/@code"), XMLRésultat("d")) // expect: 1, B2
Trace(XMLExécuteXPath("d", "concat('[', //Ligne[1]/node()[2], ']')"), XMLRésultat("d")) // expect: 1, [ vérifié ]
Trace(XMLExécuteXPath("d", "count(//comment() | //comment())"), XMLRésultat("d")) // expect: 1, 3
// trouvé : la position va à l'élément qui le tient, XMLRésultat donne son texte
Trace(XMLExécuteXPath("d", "//Ligne/comment()"), XMLNomElément("d"), "[" + XMLRésultat("d") + "]") // expect: 1, Ligne, [ vérifié ]
// une variable xmlDocument : un texte par commentaire trouvé
x est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
POUR TOUT s DE XMLExécuteXPath(x, "//comment()")
	Trace("[" + s + "]")
FIN
// expect: [ exporté par l'ERP ]
// expect: [ vérifié ]
// expect: [ fin ]
// le texte reste entier : XMLConstruitChaîne réécrit les notes là où elles étaient
Trace(Position(XMLConstruitChaîne("d"), "2<!-- vérifié -->x") > 0) // expect: 1
