// POUR TOUT élément, indice DE tableau : la variable compteur reçoit l'indice
tabÉtapes est un tableau de chaînes = ["Saisie", "Validation", "Expédition"]
POUR TOUT sÉtape, nIndice DE tabÉtapes
    Trace(nIndice + "/" + tabÉtapes..Occurrence + " " + sÉtape)
FIN
// expect: 1/3 Saisie
// expect: 2/3 Validation
// expect: 3/3 Expédition
FOR EACH sStep, nI OF tabÉtapes
    IF nI = 2 THEN Trace("step two is " + sStep)
END
// expect: step two is Validation
