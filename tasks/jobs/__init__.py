"""The job machinery both kinds share: contracts, claim and finish, retries, producer, recovery, result writes."""
