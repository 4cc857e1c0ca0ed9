package io.paymentledger.query.admin;

import io.paymentledger.query.books.BooksCheck;
import io.paymentledger.query.books.BooksCheckResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The books check for auditors (docs/books.md): runs it now and answers its result; guarded like every admin API. */
@RestController
@RequestMapping("/admin")
class BooksAdminController {

    private final BooksCheck books;

    BooksAdminController(BooksCheck books) {
        this.books = books;
    }

    @GetMapping("/books-check")
    BooksCheckResult booksCheck() {
        return books.run();
    }
}
