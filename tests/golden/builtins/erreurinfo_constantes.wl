// Chaque constante d'ErreurInfo répond : où la dernière erreur non fatale a eu lieu,
// l'erreur système derrière elle, le module (décisions : docs/builtins.md, "ErrorInfo")
Trace(ErreurInfo(errLigne)) // expect: 0
Trace("[" + ErreurInfo(errTraitement) + "][" + ErreurInfo(errInfoDébogage) + "]") // expect: [][]
LitAbsent()
// the procedure's traces:
// expect: 1, 1
// expect: 30
// expect: LitAbsent
// expect: erreurinfo_constantes
// expect: 2
// expect: 1
// expect: wlinterp
// expect: erreurinfo_constantes, LitAbsent, line 30
// expect: erreurinfo_constantes, main code, line 5
// expect: 1, 1
// expect: 42, LitAbsent
// expect: erreurinfo_constantes, wlinterp
// expect: 0, []
Trace(ErreurInfo(errTraitement)) // expect: LitAbsent
Trace(ErreurInfo(errLigne)) // expect: 30
ok est un booléen = fSupprime(fRepTemp() + "/wl_erreurinfo_absent.txt")
Trace(ok, ErreurInfo(errLigne), ErreurInfo(errTraitement)) // expect: 0, 22, erreurinfo_constantes
Trace(ErreurInfo(errCodeSystème)) // expect: 2
Trace(ErreurDétectée) // expect: 1
ErreurPropage(42, "la mienne")
Trace(ErreurInfo(errCode), ErreurInfo(errCodeSysteme), "[" + ErreurInfo(errMessageSystème) + "]") // expect: 42, 0, []

PROCÉDURE LitAbsent()
s est une chaîne = fChargeTexte(fRepTemp() + "/wl_erreurinfo_absent.txt")
Trace(s = "", ErreurDétectée)
Trace(ErreurInfo(errLigne))
Trace(ErreurInfo(errTraitement))
Trace(ErreurInfo(errElément))
Trace(ErreurInfo(errCodeSystème))
Trace(ErreurInfo(errMessageSystème) <> "")
Trace(ErreurInfo(errModule))
Trace(ErreurInfo(errInfoDébogage))
Trace(ErreurInfo(errCode) <> 0, ErreurInfo(errRésumé) <> "")
QUAND EXCEPTION DANS
	n est un entier = 0
	Trace(10 / n)
FAIRE
	Trace(ExceptionInfo(errLigne), ExceptionInfo(errTraitement))
	Trace(ExceptionInfo(errElement), ExceptionInfo(errModule))
	Trace(ExceptionInfo(errCodeSystème), "[" + ExceptionInfo(errMessageSystème) + "]")
FIN
