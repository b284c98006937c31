package com.dxp.collector.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a browser that opens the server's root (or {@code /console} without its slash) to the console, by a
 * relative path, so the answer never repeats the {@code Host} it was sent.
 */
@WebServlet(urlPatterns = {"", "/console"})
public class ConsoleRedirectServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/console/");
    }
}
