// POUR CHAQUE x EN PROFONDEUR ne parcourt qu'un jsonLecteur (?1510029, syntaxe 3) : sur
// autre chose, une erreur qui le dit (docs/builtins.md "The jsonReader type").
t est un tableau de entiers = [1, 2]
POUR CHAQUE t EN PROFONDEUR   // expect error: FOR EACH ... IN DEPTH goes through a jsonReader only
	Trace(t)
FIN
