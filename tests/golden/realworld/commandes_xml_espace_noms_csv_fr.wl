// (method b) Commandes reçues en XML (un préfixe cmd: et un espace de noms par défaut)
// exportées en CSV pour la compta : POUR TOUT sur xDoc.cmd:Commandes.cmd:Commande, attributs
// par ":", un élément de l'espace par défaut (Client) sans préfixe, une entité &amp;, des
// montants à virgule, un champ CSV entre guillemets au besoin, fSauveTexte en ANSI relu.
// Passe tel qu'écrit. Jumeau anglais xml_orders_namespace_csv_en.wl.
sXML est une chaîne = [
<?xml version="1.0" encoding="UTF-8"?>
<cmd:Commandes xmlns:cmd="urn:exemple:commandes" xmlns="urn:exemple:commun" date="2025-12-05">
  <cmd:Commande numero="C-1001">
    <Client code="DUP01">Dupont &amp; Fils</Client>
    <cmd:Ligne ref="A12" qte="3" pu="10.50"/>
    <cmd:Ligne ref="B07" qte="1" pu="149.90"/>
  </cmd:Commande>
  <cmd:Commande numero="C-1002">
    <Client code="LEF02">Société Lefèvre</Client>
    <cmd:Ligne ref="A12" qte="10" pu="9.80"/>
  </cmd:Commande>
</cmd:Commandes>
]
xDoc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
SI ErreurDétectée ALORS
	Trace("XML invalide : " + ErreurInfo())
	RETOUR
FIN
sCSV est une chaîne = "Numéro;Client;Nom;Réf;Qté;PU;Total" + RC
mTotalGénéral est un monétaire
POUR TOUT xCommande DE xDoc.cmd:Commandes.cmd:Commande
	POUR TOUT xLigne DE xCommande.cmd:Ligne
		mLigne est un monétaire = Val(xLigne:qte) * Val(xLigne:pu)
		mTotalGénéral += mLigne
		sCSV += xCommande:numero + ";" + xCommande.Client:code + ";" + ChampCSV(xCommande.Client) + ";" + ...
			xLigne:ref + ";" + xLigne:qte + ";" + Remplace(xLigne:pu, ".", ",") + ";" + ...
			Remplace(NumériqueVersChaîne(mLigne, ".2f"), ".", ",") + RC
	FIN
FIN
Trace(sCSV) // expect: Numéro;Client;Nom;Réf;Qté;PU;Total
// expect: C-1001;DUP01;Dupont & Fils;A12;3;10,50;31,50
// expect: C-1001;DUP01;Dupont & Fils;B07;1;149,90;149,90
// expect: C-1002;LEF02;Société Lefèvre;A12;10;9,80;98,00
// expect: 
Trace("Total : " + mTotalGénéral) // expect: Total : 279.4
fSauveTexte(fRepTemp() + "\export_cmd.csv", sCSV, foAnsi)
Trace(Taille(fChargeBuffer(fRepTemp() + "\export_cmd.csv")), fChargeTexte(fRepTemp() + "\export_cmd.csv") = sCSV) // expect: 178, 1
fSupprime(fRepTemp() + "\export_cmd.csv")

PROCÉDURE ChampCSV(LOCAL sValeur est une chaîne)
SI Contient(sValeur, ";") OU Contient(sValeur, """") ALORS RENVOYER """" + Remplace(sValeur, """", """""") + """"
RENVOYER sValeur
