// Le deuxième paramètre de TableauInsère est une clé quand le premier argument est un
// tableau associatif : le membre d'une structure, d'une classe (:m_aa, m_aa seul dans
// une méthode, la forme méthode) ou un Variant qui en contient un ne sont pas connus
// comme tableaux simples, la vérification n'y dit rien (l'exécution range la clé) ; le
// rang d'un tableau simple reste vérifié
STRUCTURE S
	aa est un tableau associatif de réels
FIN
C est une Classe
	m_aa est un tableau associatif de réels
FIN
s est un S
TableauInsère(s.aa, "usd", 1.2)
s.aa.Insère("gbp", 0.8)
tab est un tableau de S
tab.Ajoute(s)
TableauInsère(tab[1].aa, "chf", 1)
Trace(tab[1].aa.Occurrence, s.aa["usd"])
aa est un tableau associatif d'entiers
v est un Variant = aa
TableauInsère(v, "k", 1)
Trace(v["k"])
o est un C
o.Va()
t est un tableau d'entiers = [1, 2]
TableauInsère(t, "x", 9) // warning: WL206:18 TableauInsère expects a number as parameter 2: the text "x" is not a number and is read as 0
Trace(t.Occurrence)
PROCÉDURE C::Va()
:m_aa.Insère("eur", 1.5)
TableauInsère(:m_aa, "usd", 2.5)
TableauInsère(m_aa, "gbp", 3.5)
Trace(m_aa.Occurrence, m_aa["usd"])
