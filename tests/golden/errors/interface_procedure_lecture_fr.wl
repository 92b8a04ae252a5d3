// `PROCÉDURE Nom() <lecture>` dans une interface : l'accesseur d'une classe écrit là où
// l'interface déclare la propriété elle-même (?6010017 donne <lecture>/<écriture> aux
// lignes PROPRIÉTÉ). Le refus dit quelle ligne écrire
IForme est une Interface
	PROCÉDURE Aire()
	procédure Nom() <lecture> // expect error: the interface IForme declares a property with a PROPERTY line, not a PROCEDURE one (?6010017): write PROPRIÉTÉ Nom <lecture>
FIN
