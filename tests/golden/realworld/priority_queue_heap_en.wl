// Priority queue of support tickets: a binary heap in an array (most urgent first, the
// oldest first at equal urgency). English keywords, the French twin's names
// (file_priorite_tas_fr.wl)
STTicket is a Structure
	nUrgence is int
	nOrdre is int
	sSujet is string
END

CFilePriorité is a Class
	PRIVATE
	m_tabTas is array of STTicket
	m_nArrivées is int
END

f is CFilePriorité
f.Ajoute(2, "imprimante")
f.Ajoute(5, "serveur arrêté")
f.Ajoute(3, "mot de passe")
f.Ajoute(5, "paie bloquée")
f.Ajoute(1, "souris")
Trace(f.Nombre(), f.Premier()) // expect: 5, serveur arrêté
sOrdre is string
WHILE NOT f.EstVide()
	sOrdre += [" > "] + f.Retire()
END
Trace(sOrdre) // expect: serveur arrêté > paie bloquée > mot de passe > imprimante > souris
Trace(f.Retire(), f.Nombre()) // expect: , 0

PROCEDURE CFilePriorité::Ajoute(nUrgence is int, sSujet is string)
t is STTicket
t.nUrgence = nUrgence
m_nArrivées++
t.nOrdre = m_nArrivées
t.sSujet = sSujet
ArrayAdd(m_tabTas, t)
// remontée
i is int = m_tabTas..Occurrence
WHILE i > 1 _AND_ AvantQue(i, i / 2)
	Échange(i, IntegerPart(i / 2))
	i = IntegerPart(i / 2)
END

PROCEDURE CFilePriorité::Retire() : string
IF m_tabTas..Occurrence = 0 THEN RESULT ""
sSujet is string = m_tabTas[1].sSujet
m_tabTas[1] = m_tabTas[m_tabTas..Occurrence]
ArrayDelete(m_tabTas, m_tabTas..Occurrence)
// descente
i is int = 1
LOOP
	nG is int = 2 * i
	nD is int = nG + 1
	nMeilleur is int = i
	IF nG <= m_tabTas..Occurrence _AND_ AvantQue(nG, nMeilleur) THEN nMeilleur = nG
	IF nD <= m_tabTas..Occurrence _AND_ AvantQue(nD, nMeilleur) THEN nMeilleur = nD
	IF nMeilleur = i THEN BREAK
	Échange(i, nMeilleur)
	i = nMeilleur
END
RESULT sSujet

PROCEDURE PRIVATE CFilePriorité::AvantQue(a is int, b is int) : boolean
ta, tb are STTicket
ta = m_tabTas[a]
tb = m_tabTas[IntegerPart(b)]
IF ta.nUrgence <> tb.nUrgence THEN RESULT ta.nUrgence > tb.nUrgence
RESULT ta.nOrdre < tb.nOrdre

PROCEDURE PRIVATE CFilePriorité::Échange(a is int, b is int)
tmp is STTicket = m_tabTas[a]
m_tabTas[a] = m_tabTas[b]
m_tabTas[b] = tmp

PROCEDURE CFilePriorité::Premier() : string
RESULT (m_tabTas..Occurrence > 0 ? m_tabTas[1].sSujet ELSE "")

PROCEDURE CFilePriorité::Nombre() : int
RESULT m_tabTas..Occurrence

PROCEDURE CFilePriorité::EstVide() : boolean
RESULT m_tabTas..Empty
