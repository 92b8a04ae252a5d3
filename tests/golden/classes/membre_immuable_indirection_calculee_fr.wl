// Une indirection calculée qui écrit un membre déclaré <immuable> ({s} = 5, s valant
// "st.n") est refusée à l'exécution, dans les mots que wl check donne à {"st.n"} = 5.
ST est une Structure
	n est un entier <immuable> = 1
	k est un entier
FIN
st est un ST
s est une chaîne = "st.k"
{s} = 4
Trace(st.k) // expect: 4
s = "st." + "n"
{s} = 7 // expect error: cannot change the member 'n' of the structure ST: it is declared immutable, its value is the one its declaration gives (through the indirection {"st.n"}).
