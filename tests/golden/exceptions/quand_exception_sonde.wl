// QUAND EXCEPTION DANS avec une ligne qui ne fait que calculer une valeur : la ligne est le
// test (lève-t-elle une exception ?), comme la classe Excel de PC SOFT écrit
// `:m_pautExcel>>Selection` avant d'utiliser la sélection ; `wl check` ne dit rien
// d'elle à cet endroit (pas de WL210, docs/check.md)
Jours est un tableau de chaînes = ["Lundi", "Mardi"]
xl est un objet OLE dynamique
xl = allouer un objet OLE "Excel.Application"
Trace(AJour(Jours, 2), AJour(Jours, 9)) // expect: 1, 0
Trace(ASélection(xl)) // expect: 0
Trace(ExceptionInfo(errMessage)) // expect: ActiveX/OLE is not available: '>>Selection' needs an automation object, which wlinterp does not provide.
PROCÉDURE AJour(t, n)
quand exception dans
	t[n]
FAIRE
	RENVOYER Faux
FIN
RENVOYER Vrai
PROCEDURE ASélection(p)
QUAND EXCEPTION DANS
	p>>Selection
FAIRE
	RENVOYER Faux
FIN
RENVOYER Vrai
