// (method b) Un tableau JSON d'enregistrements hétérogènes (réponse d'une API) exporté en
// CSV : colonnes = union des clés dans l'ordre de première apparition, objet imbriqué
// aplati en « adresse.ville » (procédure récursive, TypeVar = wlVariant), case vide pour
// une valeur absente ; un tableau de tableaux associatifs. Passe tel qu'écrit. Jumeau
// anglais json_records_to_csv_en.wl.
sRéponse est une chaîne = [
[
  {"id": 1, "nom": "Durand", "adresse": {"ville": "Lyon", "cp": "69003"}},
  {"id": 2, "nom": "Lefèvre", "email": "l@exemple.fr"},
  {"id": 3, "nom": "Martin; fils", "adresse": {"ville": "Nancy"}, "actif": false}
]
]
vClients est un Variant = JSONVersVariant(sRéponse)
tabColonnes est un tableau de chaînes
tabLignes est un tableau de tableaux associatifs de chaînes
POUR TOUT vClient DE vClients
	taLigne est un tableau associatif de chaînes
	Aplatit(vClient, "", taLigne, tabColonnes)
	TableauAjoute(tabLignes, taLigne)
FIN
sCSV est une chaîne = TableauVersChaîne(tabColonnes, ";") + RC
POUR TOUT taL DE tabLignes
	sLigne est une chaîne = ""
	POUR TOUT sCol, nCol DE tabColonnes
		SI nCol > 1 ALORS sLigne += ";"
		SI taL[sCol]..Existe ALORS sLigne += ChampCSV(taL[sCol])
	FIN
	sCSV += sLigne + RC
FIN
Trace(sCSV) // expect: id;nom;adresse.ville;adresse.cp;email;actif
// expect: 1;Durand;Lyon;69003;;
// expect: 2;Lefèvre;;;l@exemple.fr;
// expect: 3;"Martin; fils";Nancy;;;0
// expect: 

PROCÉDURE Aplatit(vObjet, sPréfixe est une chaîne, taDestination est un tableau associatif de chaînes, tabColonnes est un tableau de chaînes)
POUR TOUT ÉLÉMENT vValeur, sClé DE vObjet
	sNom est une chaîne = sPréfixe + sClé
	SI TypeVar(vValeur) = wlVariant ALORS
		Aplatit(vValeur, sNom + ".", taDestination, tabColonnes)
	SINON
		SI TableauCherche(tabColonnes, tcLinéaire, sNom) = -1 ALORS TableauAjoute(tabColonnes, sNom)
		taDestination[sNom] = vValeur
	FIN
FIN

PROCÉDURE ChampCSV(LOCAL s est une chaîne)
SI Position(s, ";") > 0 OU Position(s, """") > 0 ALORS RENVOYER """" + Remplace(s, """", """""") + """"
RENVOYER s
