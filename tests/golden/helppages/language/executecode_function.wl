// ExecuteCode ?1000019783, the page's example; the EDT_EXPRESSION edit control is a
// variable here (the page states no result: ours)
sText is string = "Text"
// Displays the text (Trace for the page's Info)
ExecuteCode("Trace(sText)")   // expect: Text
EDT_EXPRESSION is string = "6 * 7"
// Declare the variables.
sCodeToRun is string
xOperationResult is numeric
// WLanguage code to run.
// This code returns the result of an operation %1.
sCodeToRun = [
MyCalculation is numeric
MyCalculation = %1
RETURN MyCalculation
]
sCodeToRun = StringBuild(sCodeToRun, EDT_EXPRESSION)
// Run the code and retrieve the result.
xOperationResult = ExecuteCode(sCodeToRun)
Trace("The result of your operation is: " + xOperationResult)   // expect: The result of your operation is: 42
