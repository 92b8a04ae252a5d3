// Page d'aide "TraceConstruit (Fonction)" (?1000021683, lue en anglais) : son exemple en
// français, le code client ayant une valeur, puis les mêmes règles %N sur plusieurs
// paramètres.
nCodeClient est un entier = 1042
// Affiche un message d'erreur dans la fenêtre de trace
TraceConstruit("Le code client %1 n'existe pas.", nCodeClient)
// expect: Le code client 1042 n'existe pas.
TRACECONSTRUIT("%2 avant %1, %1 encore", "premier", "second")
// expect: second avant premier, premier encore
