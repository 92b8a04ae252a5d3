// La valeur d'une CONSTANTE peut utiliser les constantes de WLangage (TAB, RC, LF...) :
// `SEP = TAB` était refusé, à l'exécution et par wl check (WL111 "'TAB' is not a
// constant"), dans un export FEC écrit comme l'écrit un développeur WINDEV (INFÉRÉ :
// docs/semantics.md "Constants in any order").
CONSTANTE
	SEP_FEC = TAB
	DEUX_LIGNES = "première" + RC + "seconde"
	SEP_PIPE = " | "
FIN
Trace(Remplace("a" + SEP_FEC + "b", TAB, "<tab>")) // expect: a<tab>b
Trace(Taille(DEUX_LIGNES), Position(DEUX_LIGNES, RC)) // expect: 17, 9
Trace(ExtraitChaîne("411000" + SEP_FEC + "1200,50", 2, SEP_FEC)) // expect: 1200,50
Trace(LigneFEC("VT", "20261130") + SEP_PIPE + "x") // expect: VT<tab>20261130 | x

PROCÉDURE LigneFEC(sJournal, sDate)
RENVOYER Remplace(sJournal + SEP_FEC + sDate, TAB, "<tab>")
