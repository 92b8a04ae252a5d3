// Une exception non rattrapée arrête le traitement après les affichages déjà faits
tabQuantités est un tableau de entiers = [5, 2, 0, 4]
nTotal est un entier = 100
POUR TOUT nQ DE tabQuantités
    Trace("Part : " + nTotal / nQ) // expect error: Division by zero
FIN
// expect: Part : 20
// expect: Part : 50
Trace("jamais atteint")
