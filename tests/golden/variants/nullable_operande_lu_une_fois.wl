// Un opérande nullable est lu une fois ("Autoriser les types nullables" ?1511031) : une
// propriété `<get>` déclarée `entier?` dans une opération s'exécute une fois par
// utilisation, que sa valeur soit Null ou non (elle s'exécutait deux fois).
CCompteur est une Classe
  Valeur est un entier?
  m_nAppels est un entier
  m_bVide est un booléen
FIN
o est un CCompteur
Trace(o.Valeur + 1, o.m_nAppels) // expect: 6, 1
Trace((o.Valeur * 2) + 1, o.m_nAppels) // expect: 11, 2
Trace(-o.Valeur, o.m_nAppels) // expect: -5, 3
Trace(o.Valeur < 9, o.Valeur = 5, o.m_nAppels) // expect: 1, 1, 5
Trace(o.Valeur ?? 3, o.m_nAppels) // expect: 5, 6
o.m_bVide = Vrai
Trace(o.Valeur + 1 = Null, o.m_nAppels) // expect: 1, 7
Trace(o.Valeur - o.Valeur = Null, o.m_nAppels) // expect: 1, 9
PROCÉDURE CCompteur::Valeur() : entier? <get>
m_nAppels++
SI m_bVide ALORS RENVOYER Null
RENVOYER 5
