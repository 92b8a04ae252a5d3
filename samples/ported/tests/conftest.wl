// Mocks for the tests below this folder: the original stays reachable as WL.DateDuJour.
PROCEDURE DateDuJour()
RESULT "20240131"
