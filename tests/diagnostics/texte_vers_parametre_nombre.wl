// Un texte littéral qui n'est pas un nombre, passé au paramètre d'une procédure déclaré
// nombre : l'exécution range son nombre de tête, comme dans une variable
// (texte_dans_monetaire.wl) ; WL206 le dit à l'argument (le contrôle ne disait rien :
// "1 234,50" devenait 1 en silence). Une virgule décimale est un nombre
// (docs/semantics.md "A text read as a number").
AjouteLigne("Hébergement", "1 234,50") // warning: WL206:28 the parameter 'mMontant' of AjouteLigne is a currency: the text "1 234,50" is not a number and is stored as 1
AjouteLigne("Hébergement", "1234,50")
AjouteLigne("Hébergement", 1234.5)
Prends("12 cartons", "2,5") // warning: WL206:8 the parameter 'nQté' of Prends is an integer: the text "12 cartons" is not a number and is stored as 12
Prends("12", "x") // warning: WL206:14 the parameter 'rPoids' of Prends is a real: the text "x" is not a number and is stored as 0
Libre("n'importe quoi")

PROCÉDURE AjouteLigne(sLibellé est une chaîne, mMontant est un monétaire)
Trace(sLibellé, mMontant)

PROCÉDURE Prends(LOCAL nQté est un entier, rPoids est un réel = 1)
Trace(nQté, rPoids)

PROCÉDURE Libre(x)
Trace(x)
