// Un compteur de POUR déclaré nombre ne compte pas non plus jusqu'à une Date tenue par
// un membre, un élément ou le résultat d'une fonction (l'exécution s'y arrêtait déjà ;
// `wl check` le dit aussi, WL110, plus seulement pour une variable Date simple). Une
// partie de Date, la différence de deux Dates et DateVersEntier sont des nombres : ils
// comptent.
STRUCTURE STCommande
  dDate est une Date
FIN
st est un STCommande
st.dDate = "20240105"
tabDates est un tableau de Dates
TableauAjoute(tabDates, "20240107")
i est un entier
POUR i = st.dDate..Jour À tabDates[1] - st.dDate + 3
  Trace(i)
FIN
// expect: 5
POUR i = 1 A DateVersEntier(tabDates[1]) - DateVersEntier(st.dDate)
  Trace(i)
FIN
// expect: 1
// expect: 2
POUR i = 1 A st.dDate // expect error: The FOR loop's counter 'i' is an integer: it cannot count to a Date (declare 'i' a Date).
  Trace(i)
FIN
