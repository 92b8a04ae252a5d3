// La réponse JSON d'une API de commandes lue dans des structures imbriquées par
// Désérialise : noms JSON donnés par l'attribut <Sérialise = "...">, membres en plus
// ignorés (canal, etage, remise), membre absent à sa valeur par défaut (commentaire),
// date ISO dans une Date, montant en texte ("7.90") dans un monétaire ; puis la même
// réponse par une variable JSON (..Existe, Val). Méthode b, FS 6 déc. 2026 : passe tel
// qu'écrit. Jumeau anglais api_order_structures_en.wl.
// Réponse JSON d'une API de commandes lue dans des structures : membres en plus ignorés,
// membres absents à leur valeur par défaut, noms JSON différents par l'attribut
// <Sérialise>, dates et montants convertis
STAdresse est une Structure
	sRue est une chaîne <Sérialise = "rue">
	sCodePostal est une chaîne <Sérialise = "cp">
	sVille est une chaîne <Sérialise = "ville">
FIN
STLigne est une Structure
	sRéférence est une chaîne <Sérialise = "ref">
	nQuantité est un entier <Sérialise = "qte">
	mPrixUnitaire est un monétaire <Sérialise = "pu">
FIN
STCommande est une Structure
	nNuméro est un entier <Sérialise = "numero">
	dDate est une Date <Sérialise = "date">
	bPayée est un booléen <Sérialise = "payee">
	sCommentaire est une chaîne <Sérialise = "commentaire">
	stLivraison est un STAdresse <Sérialise = "livraison">
	tabLignes est un tableau de STLigne <Sérialise = "lignes">
FIN

sRéponse est une chaîne = [
{
  "numero": 10452,
  "date": "2026-12-04",
  "payee": true,
  "canal": "web",
  "livraison": {"rue": "12 rue des Lilas", "cp": "69003", "ville": "Lyon", "etage": 3},
  "lignes": [
    {"ref": "A-100", "qte": 2, "pu": 12.5, "remise": 0},
    {"ref": "B-220", "qte": 1, "pu": "7.90"}
  ]
}
]
cmd est un STCommande
Désérialise(cmd, sRéponse, psdJSON)
SI ErreurDétectée ALORS
	Trace("Réponse illisible : " + ErreurInfo())
SINON
	Trace("Commande " + cmd.nNuméro + " du " + DateVersChaîne(cmd.dDate, "JJ/MM/AAAA") + ", payée : " + cmd.bPayée) // expect: Commande 10452 du 04/12/2026, payée : 1
	Trace("Commentaire : [" + cmd.sCommentaire + "]") // expect: Commentaire : []
	Trace("Livraison : " + cmd.stLivraison.sRue + ", " + cmd.stLivraison.sCodePostal + " " + cmd.stLivraison.sVille) // expect: Livraison : 12 rue des Lilas, 69003 Lyon
	mTotal est un monétaire = 0
	POUR TOUT stL DE cmd.tabLignes
		mTotal += stL.nQuantité * stL.mPrixUnitaire
	FIN
	Trace(cmd.tabLignes..Occurrence + " ligne(s), total " + mTotal) // expect: 2 ligne(s), total 32.9
FIN
// la même réponse lue par une variable JSON : membres présents ou non
vRep est un JSON = sRéponse
Trace(vRep.canal, vRep.livraison.etage, vRep.commentaire..Existe, vRep.canal..Existe) // expect: web, 3, 0, 1
Trace(Val(vRep.lignes[2].pu) + 0.1, vRep.lignes[1].pu + 0.1) // expect: 8, 12.6
