// Une DateHeure retranchée d'un membre qui tient un nombre arrête l'exécution comme
// `n - dh`, à la DateHeure, où `wl check` dit WL113.
ST est une Structure
	n est un entier
	dhDébut est une DateHeure
FIN
st est un ST
st.dhDébut = "20240310120000"
st.dhDébut -= 2 h
Trace(st.dhDébut) // expect: 20240310100000000
dh est une DateHeure = "20240101120000"
st.n -= dh // expect error: A DateTime cannot be subtracted from a number
