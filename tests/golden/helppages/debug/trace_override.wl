// Help page "Trace (Function)" (doc.windev.com ?3013050): its example as the page writes
// it, the calculation's result given a value. The procedure named Trace overrides the
// built-in, and shows nothing outside the test mode (InTestMode() is False in `wl run`);
// WL.Trace reaches the built-in. (In the test mode, the override calling Trace would call
// itself: the page leaves that case.)
ResCalcul is int = 42
// Display information in the trace window
Trace("Result of calculation: " + ResCalcul)
// Call the overridden Trace function
WL.Trace("Starting the trace")
// expect: Starting the trace

// Override the trace display
PROCEDURE Trace(MessageToDisplay)
IF InTestMode() THEN Trace(MessageToDisplay)
