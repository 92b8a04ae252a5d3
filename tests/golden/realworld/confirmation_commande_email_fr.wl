// E-mails de confirmation de commande construits (non envoyés) : une commande JSON lue
// dans une structure, un corps HTML tiré d'un modèle par ChaîneConstruit, une pièce
// jointe écrite dans le dossier temporaire, la source du message construite puis relue.
STLigneCde est une Structure
	sRéf est une chaîne
	nQté est un entier
	moPrix est un monétaire
FIN
STCommande est une Structure
	sNuméro est une chaîne
	sClient est une chaîne
	sEmail est une chaîne
	tabLignes est un tableau de STLigneCde
FIN

sJSON est une chaîne = [
	{"sNuméro": "BC-1042", "sClient": "Mme Vert", "sEmail": "vert@exemple.test",
	 "tabLignes": [{"sRéf": "THE-01", "nQté": 2, "moPrix": 4.5},
	               {"sRéf": "TASSE-09", "nQté": 1, "moPrix": 12}]}
]
c est une STCommande
Désérialise(c, sJSON, psdJSON)
Trace(c.sNuméro + " pour " + c.sClient + ", " + c.tabLignes..Occurrence + " lignes")
// expect: BC-1042 pour Mme Vert, 2 lignes

sLignes est une chaîne
moTotal est un monétaire
POUR TOUT l DE c.tabLignes
	sLignes += ChaîneConstruit("<tr><td>%1</td><td>%2</td><td>%3</td></tr>", l.sRéf, l.nQté, NumériqueVersChaîne(l.nQté * l.moPrix, ".2f"))
	moTotal += l.nQté * l.moPrix
FIN
sModèle est une chaîne = "<html><body><p>Bonjour %1,</p><table>%2</table><p>Total : %3</p></body></html>"
sHTML est une chaîne = ChaîneConstruit(sModèle, c.sClient, sLignes, NumériqueVersChaîne(moTotal, ".2f"))
Trace(Milieu(sHTML, Position(sHTML, "<table>"), 60))
// expect: <table><tr><td>THE-01</td><td>2</td><td>9.00</td></tr><tr><t

sFacture est une chaîne = fRepTemp() + fSep() + c.sNuméro + ".txt"
fSauveTexte(sFacture, "Facture " + c.sNuméro + RC + "Total " + NumériqueVersChaîne(moTotal, ".2f"))

m est un Email
m.Expéditeur = "boutique@exemple.test"
m.Destinataire[1] = c.sEmail
m.Sujet = "Votre commande " + c.sNuméro
m.HTML = sHTML
m.Message = HTMLVersTexte(sHTML)
EmailChargeFichierAttaché(m, sFacture)
SI PAS EmailConstruitSource(m) ALORS Trace(ErreurInfo())
Trace(Position(m.Source, "Subject: Votre commande BC-1042") > 0, m.Attache..Occurrence)
// expect: 1, 1

m2 est un Email
m2.Source = m.Source
EmailImporteSource(m2)
Trace(m2.Sujet + " | " + m2.Destinataire[1] + " | " + m2.Attache[1])
// expect: Votre commande BC-1042 | vert@exemple.test | BC-1042.txt
Trace(SansEspace(ExtraitLigne(m2.Message, 1)))
// expect: Bonjour Mme Vert,
fSupprime(sFacture)
