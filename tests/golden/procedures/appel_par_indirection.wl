// Une procédure appelée par indirection : `{"Total"}(3)`, `{"Etape" + n}(x)` appelle la
// procédure que le texte nomme (toute casse), comme ExécuteTraitement(nom, trtProcédure,
// ...) ; une variable du code principal de ce nom contenant une procédure est appelée
// aussi. *Décidé* (aucune page d'aide stockée ne le montre ; docs/semantics.md
// "Indirection") : c'était refusé, "this expression cannot be called" (WL111).
Trace({"Total"}(3)) // expect: 6
POUR i = 1 À 2
	Trace({"Étape" + i}(10)) // expect: 11
	// expect: 12
FIN
sNom est une chaîne = "TOTAL"
x est un entier = {sNom}(4) + 1
Trace(x) // expect: 9
pDouble est une procédure = Total
Trace({"pdouble"}(5)) // expect: 10
AppelleParNom("etape2", 1)
// expect: 3
AppelleParNom("Absente", 1)
// expect error: Indirection {Absente}(...): there is no procedure named 'Absente'.

PROCÉDURE Total(n est un entier)
RENVOYER n * 2

PROCÉDURE Étape1(n)
RENVOYER n + 1

PROCÉDURE Étape2(n)
RENVOYER n + 2

PROCÉDURE AppelleParNom(sProc est une chaîne, n)
Trace({sProc}(n))
