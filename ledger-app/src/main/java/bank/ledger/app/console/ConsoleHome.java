package bank.ledger.app.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The way in: the root URL leads to the console, which starts at the sign-in form or the home page. */
@Hidden
@Controller
class ConsoleHome {
    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/console")
    String home() {
        return "console/home";
    }

    @GetMapping("/console/login")
    String signIn() {
        return "console/login";
    }

    /** Where a refused request lands (a role without the permission, a missing CSRF token), still 403. */
    @RequestMapping("/console/denied")
    String denied() {
        return "console/denied";
    }
}
