// objet.CONSTANTE : une constante de la classe de l'objet
CCompte est une Classe
    CONSTANTE
        PLAFOND = 500
        DEVISE = "EUR"
    FIN
    solde est un entier
FIN
c est un CCompte
Trace(c.PLAFOND, c.Devise) // expect: 500, EUR
SI c.solde < c.PLAFOND ALORS Trace("sous le plafond") // expect: sous le plafond
