// Un CAS peut comparer avec n'importe quel opérateur de comparaison, comme le fait le code
// des boutons d'un projet de caisse (`CASE ~~"IMG_reciboX"`) : ~= (sans casse ni espaces
// autour), ~~ (ni espaces ni ponctuation), [= (commence par), <>, un intervalle sur * ;
// plusieurs sur une ligne CAS. Un SINON SI dont la condition finit la ligne se passe
// d'ALORS (le même projet l'écrit).
POUR TOUT sChamp DE ["IMG_Plus", " img_plus ", "IMG-Moins", "BTN_OK", "BTN_PAYER", "zêta"]
	SELON sChamp
		CAS ~= "img_plus" : Trace(sChamp, "~=")
		CAS ~~"IMGMOINS" : Trace(sChamp, "~~")
		CAS [= "BTN_O" : Trace(sChamp, "[=")
		CAS "a" <= * <= "z", ~~"btnpayer" : Trace(sChamp, "intervalle ou ~~")
		AUTRE CAS : Trace(sChamp, "autre")
	FIN
FIN
// expect: IMG_Plus, ~=
// expect:  img_plus , ~=
// expect: IMG-Moins, ~~
// expect: BTN_OK, [=
// expect: BTN_PAYER, intervalle ou ~~
// expect: zêta, autre
nPlan est un entier
POUR nPlan = 1 À 3
	SI nPlan = 1 ALORS
		Trace("article")
	SINON SI nPlan = 2
		Trace("connexion")
	SINON
		Trace("aucun")
	FIN
FIN
// expect: article
// expect: connexion
// expect: aucun
n est un entier = 3
n-- ;Trace(n) // expect: 2
