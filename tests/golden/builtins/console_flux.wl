// ConsoleEcrit : une ligne sur la sortie standard ; ConsoleErreur : sur la sortie d'erreur
ConsoleEcrit("Bonjour")
consoleerreur("attention")
CONSOLEECRIT(3 * 4)
// expect: Bonjour
// expect stderr: attention
// expect: 12
