// Chaîne de règles de validation d'un client : un tableau de Procédure rempli de
// procédures, d'une lambda et d'une procédure interne qui lit une variable du code
// principal (changée ensuite : la règle voit la nouvelle valeur), appelées l'une après
// l'autre, SORTIR à la première erreur sur demande (méthode b, L 6 déc. 2026 : passe tel
// qu'écrit ; jumeau anglais : validation_rules_en.wl).
STClient est une Structure
	sNom est une chaîne
	sEmail est une chaîne
	sCodePostal est une chaîne
	nAge est un entier
FIN
tabRègles est un tableau de Procédure
tabRègles.Ajoute(RègleNom)
tabRègles.Ajoute(RègleEmail)
tabRègles.Ajoute((c) => { SI c.nAge < 18 ALORS RENVOYER "mineur" SINON RENVOYER "" })
nLongueurCP est un entier = 5
PROCÉDURE INTERNE RègleCodePostal(c est un STClient) : chaîne
	SI Taille(c.sCodePostal) <> nLongueurCP OU PAS VérifieExpressionRégulière(c.sCodePostal, "[0-9]+") ALORS
		RENVOYER "code postal invalide : '" + c.sCodePostal + "'"
	FIN
	RENVOYER ""
FIN
tabRègles.Ajoute(RègleCodePostal)
Trace(tabRègles.Occurrence, tabRègles[1]..Nom) // expect: 4, RègleNom

cli est un STClient
cli.sNom = "Dupont"
cli.sEmail = "jean.dupont@exemple.fr"
cli.sCodePostal = "75011"
cli.nAge = 42
Trace(Valide(cli)) // expect: OK
cli.sNom = ""
cli.sEmail = "pas-un-email"
cli.sCodePostal = "7501"
cli.nAge = 16
Trace(Valide(cli)) // expect: nom obligatoire | e-mail invalide : pas-un-email | mineur | code postal invalide : '7501'
Trace(Valide(cli, Vrai)) // expect: nom obligatoire
nLongueurCP = 4
Trace(Valide(cli)) // expect: nom obligatoire | e-mail invalide : pas-un-email | mineur

PROCÉDURE Valide(c est un STClient, bPremièreSeulement est un booléen = Faux) : chaîne
tabErreurs est un tableau de chaînes
POUR TOUT pRègle DE tabRègles
	sErr est une chaîne = pRègle(c)
	SI sErr <> "" ALORS
		tabErreurs.Ajoute(sErr)
		SI bPremièreSeulement ALORS SORTIR
	FIN
FIN
SI tabErreurs.Occurrence = 0 ALORS RENVOYER "OK"
RENVOYER TableauVersChaîne(tabErreurs, " | ")

PROCÉDURE RègleNom(c est un STClient)
SI SansEspace(c.sNom) = "" ALORS RENVOYER "nom obligatoire"
RENVOYER ""

PROCÉDURE RègleEmail(c est un STClient)
SI PAS VérifieExpressionRégulière(c.sEmail, "[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}") ALORS
	RENVOYER "e-mail invalide : " + c.sEmail
FIN
RENVOYER ""
