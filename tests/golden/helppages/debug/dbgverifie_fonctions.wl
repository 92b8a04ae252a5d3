// Pages d'aide dbgVérifieEgalité ?1000019776, dbgVérifieDifférence ?1000019777 et
// dbgVérifieFaux ?1000019781 (doc.pcsoft.fr) : leurs exemples avec les noms français
// (FonctionCalcul et TableauElément sont les nôtres), puis la remarque de
// dbgVérifieEgalité : un tableau comparé à une liste de valeurs [1, 2, 3].
TableauElément est un tableau d'entiers = [4, 8, 15]
// La fonction doit renvoyer 0
dbgVérifieEgalité(FonctionCalcul(0), 0)
// La fonction ne doit pas renvoyer 0
dbgVérifieDifférence(FonctionCalcul(3), 0)
// Le tableau ne doit pas être vide
dbgVérifieFaux(TableauElément.Vide)
dbgVérifieEgalité(TableauElément, [4, 8, 15])
dbgVérifieDifférence(TableauElément, [4, 8])
Trace("toutes les vérifications tiennent")
// expect: toutes les vérifications tiennent

PROCÉDURE FonctionCalcul(n est un entier)
RENVOYER n * 2
