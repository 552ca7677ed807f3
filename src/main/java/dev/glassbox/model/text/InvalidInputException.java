package dev.glassbox.model.text;

/** Input a learner gave that a computation cannot take; the message is one plain sentence for that learner. */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String learnerMessage) {
        super(learnerMessage);
    }
}
