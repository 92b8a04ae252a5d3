// un mot-clé ou le nom d'une fonction est un nom de méthode après `::`, `.`, `:` (issue 8) :
// PROCÉDURE C::Interne(), C::Fin(), C::Supprime(), C::Boucle()
COutil est une Classe
	n est un entier
FIN
o est un COutil
o.Interne() // expect: interne
o:Fin() // expect: fin
o.Supprime() // expect: supprime
COutil::Boucle() // expect: boucle
o.ToutAppeler()
// expect: interne
// expect: fin
// expect: boucle
// expect: supprime
PROCÉDURE COutil::Interne()
Trace("interne")
PROCEDURE COutil::FIN()
Trace("fin")
PROCÉDURE GLOBALE COutil::Boucle()
Trace("boucle")
procédure COutil::Supprime()
Trace("supprime")
PROCÉDURE COutil::ToutAppeler()
:Interne()
:fin()
::Boucle()
:Supprime()
