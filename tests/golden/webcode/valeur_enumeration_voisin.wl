// Une valeur d'une énumération déclarée dans un autre fichier du projet, écrite seule
// (`m_eErreurType = errWindev` dans une classe d'un SDK Firebase, son énumération
// déclarée dans une collection de procédures) : le fichier qui la déclare n'était pas
// chargé, car seuls les noms de procédures, globales, constantes, structures, classes
// et énumérations chargeaient un voisin ; la valeur était donc "non déclarée" (WL101) et,
// exécutée, un variant vide. Les valeurs des énumérations d'un voisin le chargent aussi.
// À côté : etats_commande.wl.
vEtat est un Variant = étatExpédiée
Trace(vEtat, vEtat..Valeur) // expect: étatExpédiée, EXPEDIEE
SI vEtat = étatExpédiée ALORS Trace("expédiée") // expect: expédiée
Trace(Décrit(étatPerdue)) // expect: perdue

PROCÉDURE Décrit(eEtat)
SELON eEtat
	CAS étatNouvelle : RENVOYER "nouvelle"
	CAS étatPerdue : RENVOYER "perdue"
FIN
RENVOYER "?"
