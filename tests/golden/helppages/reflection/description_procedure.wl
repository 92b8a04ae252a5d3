// Description de Procédure (Type de variable) ?1000019317 : son exemple, sur une classe à
// nous qui a une méthode Calcul ; puis les propriétés que sa table liste (Associé,
// Déclaration, Globale, Hérité, Nom, Virtuelle) et son appel de méthode par
// ExécuteTraitement : les noms anglais sont VERIFIED, les français et ce que chacune
// donne sur une méthode redéfinie ou GLOBALE INFERRED, docs/builtins.md "Reflection").
CBase est une Classe
FIN
CCalc est une Classe
	hérite de CBase
	m_nTotal est un entier
FIN
x est un CCalc
// Récupère la définition de la classe type de la variable x
MaDéfinition est une Définition
MaDéfinition = RécupèreDéfinition(x)

// Récupère la description de la méthode Calcul
MaProcédure est une Description de Procédure
MaProcédure = MaDéfinition.Procédure["Calcul"]
Trace(MaProcédure.Nom, MaProcédure.Globale, MaProcédure.Hérité, MaProcédure.Associé) // expect: Calcul, 0, 0, 0
Trace(MaProcédure.Déclaration.Nom) // expect: CCalc
POUR TOUT p DE MaDéfinition.Procédure
	Trace(p.Nom, p.Globale, p.Hérité)
FIN
// expect: Décrit, 0, 1
// expect: Calcul, 0, 0
// expect: Crée, 1, 0
Trace(ExécuteTraitement(x, MaProcédure), MaProcédure.Virtuelle) // expect: 0, 1
PROCÉDURE CBase::Décrit()
RENVOYER "base"
PROCÉDURE CCalc::Calcul()
RENVOYER m_nTotal * 2
PROCÉDURE GLOBALE CCalc::Crée()
RENVOYER allouer un CCalc
