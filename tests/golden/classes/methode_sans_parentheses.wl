// une méthode sans argument nommée sans parenthèses (`f.Nombre`, `:Nombre`) est appelée,
// comme une procédure nommée seule ; le Occurrence d'un tableau reste sa propriété ;
// affecter une méthode arrête l'exécution en nommant la classe
CFacture est une Classe
    m_lignes est un tableau d'entiers
FIN
f est un CFacture
TableauAjoute(f.m_lignes, 7)
Trace(f.m_lignes.Occurrence) // expect: 1
Trace(f.Nombre(), f.nombre) // expect: 1, 1
Trace(f.Double) // expect: 2
QUAND EXCEPTION DANS
    f.nombre = 2 // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: 'nombre' is not a member of the class CFacture.
FIN

PROCÉDURE CFacture::Nombre()
RENVOYER TableauOccurrence(m_lignes)

PROCÉDURE CFacture::Double()
RENVOYER 2 * :Nombre
