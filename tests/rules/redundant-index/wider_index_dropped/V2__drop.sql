DROP INDEX orders_client_status;
